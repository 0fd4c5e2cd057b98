/**
 * Builds designs for tests in a few lines: parts get ids from their kind, props get schema defaults,
 * and `build()` refuses a structurally broken design so a test never checks rules against nonsense.
 */
import { KUBERNETES_VERSION_CALENDAR } from '../../data/kubernetes-versions.js';
import { DEFAULT_PROPS } from '../../model/defaults.js';
import { DesignIndex } from '../../model/design-index.js';
import { designSchema, type Design } from '../../model/design.js';
import { checkStructure } from '../../model/integrity.js';
import { PROPS_SCHEMAS, type PartKind, type PartOf } from '../../model/parts.js';
import type { Finding, Rule, RuleContext } from '../types.js';
import type { z } from 'zod';

/** The fixed day every rule test runs on. */
export const TEST_TODAY = '2026-11-28';
export const TEST_CONTEXT: RuleContext = { today: TEST_TODAY, calendar: KUBERNETES_VERSION_CALENDAR };

type PropsInput<K extends PartKind> = Partial<z.input<(typeof PROPS_SCHEMAS)[K]>>;

export class DesignBuilder {
  private readonly parts: PartOf<PartKind>[] = [];
  private readonly connections: { id: string; from: string; to: string; label: string }[] = [];
  private readonly counters = new Map<string, number>();

  constructor(private readonly name = 'test design') {}

  add<K extends PartKind>(
    kind: K,
    opts: { id?: string; name?: string; parent?: { id: string }; props?: PropsInput<K> } = {},
  ): PartOf<K> {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const id = opts.id ?? `${kind}-${n}`;
    const part = {
      id,
      kind,
      name: opts.name ?? `${kind === 'cluster' ? 'demo' : kind}-${n}`,
      ...(opts.parent ? { parentId: opts.parent.id } : {}),
      position: { x: 0, y: 0 },
      note: '',
      props: PROPS_SCHEMAS[kind].parse({ ...DEFAULT_PROPS[kind], ...opts.props }),
    } as unknown as PartOf<K>;
    this.parts.push(part);
    return part;
  }

  vpc(props: PropsInput<'vpc'> = {}) {
    return this.add('vpc', { props });
  }
  subnet(vpc: { id: string }, az: string, cidr: string, access: 'public' | 'private', props: PropsInput<'subnet'> = {}) {
    return this.add('subnet', { parent: vpc, props: { availabilityZone: az, cidr, access, ...props } });
  }
  cluster(vpc: { id: string } | undefined, props: PropsInput<'cluster'> = {}, name?: string) {
    return this.add('cluster', { ...(vpc ? { parent: vpc } : {}), props, ...(name ? { name } : {}) });
  }
  managedNodeGroup(cluster: { id: string }, props: PropsInput<'managed-node-group'> = {}) {
    return this.add('managed-node-group', { parent: cluster, props });
  }
  selfManagedNodeGroup(cluster: { id: string }, props: PropsInput<'self-managed-node-group'> = {}) {
    return this.add('self-managed-node-group', { parent: cluster, props });
  }
  fargateProfile(cluster: { id: string }, props: PropsInput<'fargate-profile'> = {}) {
    return this.add('fargate-profile', { parent: cluster, props });
  }
  workload(parent: { id: string }, props: PropsInput<'workload'> = {}) {
    return this.add('workload', { parent, props });
  }

  connect(from: { id: string }, to: { id: string }): this {
    this.connections.push({ id: `c-${this.connections.length + 1}`, from: from.id, to: to.id, label: '' });
    return this;
  }

  build(): Design {
    const design = designSchema.parse({ name: this.name, parts: this.parts, connections: this.connections });
    const problems = checkStructure(design);
    if (problems.length > 0) throw new Error(`test design is inconsistent: ${problems.map((p) => p.message).join('; ')}`);
    return design;
  }
}

/**
 * A small design that follows the rules: a 10.0.0.0/16 VPC with public and private subnets in three
 * AZs, a 1.35 cluster with logging and secrets encryption, one managed node group, one workload with
 * requests behind an internet-facing ALB. Tests start from it and break one thing.
 */
export function baselineBuilder() {
  const b = new DesignBuilder('baseline');
  const vpc = b.vpc({ cidr: '10.0.0.0/16', natGateway: 'HighlyAvailable' });
  const azs = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
  const publicSubnets = azs.map((az, i) => b.subnet(vpc, az, `10.0.${i * 32}.0/19`, 'public'));
  const privateSubnets = azs.map((az, i) => b.subnet(vpc, az, `10.0.${96 + i * 32}.0/19`, 'private'));
  const cluster = b.cluster(vpc, {
    region: 'us-east-1',
    version: '1.35',
    logging: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    secretsEncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24'] },
    addons: {
      metricsServer: true,
      awsLoadBalancerController: true,
      podIdentityAgent: true,
      nodeAutoscaler: 'cluster-autoscaler',
    },
  });
  const nodeGroup = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], minSize: 3, desiredCapacity: 3, maxSize: 6 });
  const workload = b.workload(nodeGroup, {
    replicas: 3,
    cpuMillicores: 250,
    memoryMiB: 256,
    hpa: { minReplicas: 3, maxReplicas: 10, targetCpuPercent: 70 },
    readinessPath: '/healthz',
  });
  const alb = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'ip' } });
  b.connect(alb, workload);
  return { b, vpc, publicSubnets, privateSubnets, cluster, nodeGroup, workload, alb };
}

/** Runs one rule on a design with the fixed test date. */
export function runRule(rule: Rule, design: Design, ctx: RuleContext = TEST_CONTEXT): Finding[] {
  return rule.check(new DesignIndex(design), ctx);
}
