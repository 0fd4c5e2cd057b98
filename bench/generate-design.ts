/**
 * Deterministic designs of any size for the benchmark. Parts come in "stacks" of 21, as a real design
 * grows: a VPC with public and private subnets in three AZs, a cluster with a general and a Spot node
 * group and a Fargate profile, seven workloads, an internet-facing ALB and an internal NLB routing to
 * workloads, and an ECR repository the workloads pull from. The last stack is cut short to hit the exact
 * count; parents always come before their children, so any prefix is a well-formed design.
 */
import { toDocument } from '../shared/model/document.js';
import type { Connection, Design } from '../shared/model/design.js';
import { defaultProps } from '../shared/model/defaults.js';
import type { Part, PartKind, PROPS_SCHEMAS } from '../shared/model/parts.js';
import type { z } from 'zod';

type PropsInput<K extends PartKind> = Partial<z.input<(typeof PROPS_SCHEMAS)[K]>>;

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;
const KMS_KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** Parts in one full stack. */
export const PARTS_PER_STACK = 21;

interface Draft {
  id: string;
  kind: PartKind;
  name: string;
  parentId?: string;
  position: { x: number; y: number };
  size?: { width: number; height: number };
  props: Record<string, unknown>;
}

/** The parts and connections of stack `u`, in an order where parents precede children. */
function stack(u: number): { parts: Draft[]; connections: Omit<Connection, 'id' | 'label'>[] } {
  const p = `s${u}`;
  const octet = u % 256;
  const parts: Draft[] = [];
  const add = <K extends PartKind>(
    kind: K,
    id: string,
    name: string,
    props: PropsInput<K>,
    parentId: string | undefined,
    x: number,
    y: number,
    size?: { width: number; height: number },
  ): string => {
    const full = `${p}-${id}`;
    parts.push({
      id: full,
      kind,
      name,
      ...(parentId ? { parentId } : {}),
      position: { x, y },
      ...(size ? { size } : {}),
      props: defaultProps(kind, props as never) as Record<string, unknown>,
    });
    return full;
  };

  const vpc = add(
    'vpc',
    'vpc',
    `vpc-${u}`,
    { cidr: `10.${octet}.0.0/16`, natGateway: 'HighlyAvailable' },
    undefined,
    (u % 8) * 1500,
    Math.floor(u / 8) * 1100,
    { width: 1400, height: 1000 },
  );
  AZS.forEach((az, i) =>
    add(
      'subnet',
      `pub-${i}`,
      `public-${az}`,
      { availabilityZone: az, cidr: `10.${octet}.${i * 32}.0/19`, access: 'public' },
      vpc,
      20 + i * 200,
      40,
    ),
  );
  AZS.forEach((az, i) =>
    add(
      'subnet',
      `priv-${i}`,
      `private-${az}`,
      { availabilityZone: az, cidr: `10.${octet}.${96 + i * 32}.0/19`, access: 'private' },
      vpc,
      20 + i * 200,
      140,
    ),
  );
  const cluster = add(
    'cluster',
    'cluster',
    `cluster-${u}`,
    {
      region: 'us-east-1',
      version: '1.35',
      logging: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
      secretsEncryptionKeyArn: KMS_KEY,
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24'] },
      addons: {
        metricsServer: true,
        awsLoadBalancerController: true,
        podIdentityAgent: true,
        ebsCsiDriver: true,
        nodeAutoscaler: 'cluster-autoscaler',
      },
    },
    vpc,
    20,
    260,
    { width: 1000, height: 600 },
  );
  const general = add(
    'managed-node-group',
    'ng-general',
    'general',
    { instanceTypes: ['m6i.large'], minSize: 3, desiredCapacity: 3, maxSize: 9 },
    cluster,
    20,
    40,
    { width: 300, height: 250 },
  );
  const spot = add(
    'managed-node-group',
    'ng-spot',
    'spot',
    { instanceTypes: ['m6i.large', 'm5.large'], capacityType: 'SPOT', minSize: 2, desiredCapacity: 2, maxSize: 10 },
    cluster,
    340,
    40,
    { width: 300, height: 250 },
  );
  const batchNs = `batch-${u}`;
  const fargate = add('fargate-profile', 'fp', 'batch', { selectors: [{ namespace: batchNs, labels: {} }] }, cluster, 660, 40, {
    width: 300,
    height: 250,
  });

  const workload = (id: string, parent: string, x: number, y: number, extra: PropsInput<'workload'> = {}) =>
    add(
      'workload',
      id,
      id,
      {
        replicas: 3,
        image: `111122223333.dkr.ecr.us-east-1.amazonaws.com/app-${u}:1.0.${u}`,
        cpuMillicores: 250,
        memoryMiB: 256,
        hpa: { minReplicas: 3, maxReplicas: 12, targetCpuPercent: 70 },
        ...extra,
      },
      parent,
      x,
      y,
    );
  const web = workload('web', general, 20, 40);
  const api = workload('api', general, 20, 110);
  const worker = workload('worker', general, 20, 180, { port: 0 });
  const search = workload('search', spot, 20, 40);
  const cache = workload('cache', spot, 20, 110, { port: 11211 });
  const report = workload('report', fargate, 20, 40, { namespace: batchNs, workloadKind: 'Job', port: 0, hpa: undefined });
  const ingest = workload('ingest', fargate, 20, 110, { namespace: batchNs, port: 8080 });

  const alb = add('alb', 'alb', 'public-alb', { scheme: 'internet-facing', targetType: 'ip' }, vpc, 1100, 300);
  const nlb = add('nlb', 'nlb', 'backend-nlb', { scheme: 'internal', targetType: 'ip' }, vpc, 1100, 500);
  const ecr = add(
    'ecr',
    'ecr',
    `app-${u}`,
    { repositoryName: `app-${u}` },
    undefined,
    (u % 8) * 1500 + 1420,
    Math.floor(u / 8) * 1100,
  );

  const connections = [
    { from: alb, to: web },
    { from: alb, to: api },
    { from: nlb, to: search },
    { from: nlb, to: ingest },
    ...[web, api, worker, search, cache, report, ingest].map((to) => ({ from: ecr, to })),
  ];
  return { parts, connections };
}

/**
 * A valid design of exactly `partCount` parts, the same every time for the same count.
 * @throws DesignFileError if the model rejects it (the generator's own bug).
 */
export function generateDesign(partCount: number): Design {
  if (!Number.isInteger(partCount) || partCount < 0) throw new Error(`part count must be a whole number, got ${partCount}`);
  const parts: Draft[] = [];
  const connections: Connection[] = [];
  const have = new Set<string>();
  for (let u = 0; parts.length < partCount; u++) {
    const s = stack(u);
    for (const part of s.parts.slice(0, partCount - parts.length)) {
      parts.push(part);
      have.add(part.id);
    }
    for (const c of s.connections) {
      if (have.has(c.from) && have.has(c.to)) connections.push({ id: `c${connections.length + 1}`, label: '', ...c });
    }
  }
  return toDocument({ name: `benchmark ${partCount} parts`, description: '', parts: parts as Part[], connections }).design;
}
