/**
 * Designs for manifest property tests: the consistent designs of shared/test-support/arbitraries.ts, with
 * every workload then varied in what the manifests express (kind, HPA, GPUs, budget, readiness path, port,
 * service type, labels, image, privileges, Cloud Map registration, route labels, IAM policy ARNs, volume).
 */
import fc from 'fast-check';
import type { Design } from '../../model/design.js';
import { WORKLOAD_KINDS } from '../../model/parts.js';
import { designArb } from '../../test-support/arbitraries.js';

const workloadVariant = fc.record({
  kind: fc.constantFrom(...WORKLOAD_KINDS),
  hpa: fc.option(fc.record({ min: fc.integer({ min: 1, max: 4 }), extra: fc.nat(6), target: fc.integer({ min: 1, max: 100 }) }), {
    nil: undefined,
  }),
  gpus: fc.constantFrom(0, 0, 1, 4),
  budget: fc.option(fc.nat(5), { nil: undefined }),
  readinessPath: fc.constantFrom('', '/healthz', 'ready', ' /live '),
  port: fc.constantFrom(0, 80, 8080, 65535),
  serviceType: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer' as const),
  labels: fc.dictionary(fc.constantFrom('app', 'app.kubernetes.io/name', 'tier'), fc.constantFrom('web', 'yes', '1.30'), {
    maxKeys: 2,
  }),
  image: fc.constantFrom(
    '',
    'nginx',
    'public.ecr.aws/nginx/nginx:1.27',
    '111122223333.dkr.ecr.us-east-1.amazonaws.com/app-1@sha256:abc',
  ),
  cpu: fc.constantFrom(0, 100, 2500),
  memory: fc.constantFrom(0, 128, 4096),
  privileged: fc.boolean(),
  hostNetwork: fc.boolean(),
  cloudMap: fc.boolean(),
  route: fc.constantFrom('', 'HTTPS /', '/api', 'HTTP /v2 extra words'),
  policies: fc.constantFrom(
    undefined,
    ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
    ['arn:aws:iam::111122223333:policy/app/queue', 'arn:aws:iam::aws:policy/AmazonSQSFullAccess'],
  ),
  volume: fc.constantFrom(
    undefined,
    { storage: 'ebs' as const, sizeGiB: 20, mountPath: '/data' },
    { storage: 'efs' as const, sizeGiB: 16384, mountPath: '/var/lib/shared files' },
    // A Windows Pod's path: a drive and backslashes the YAML must carry through.
    { storage: 'ebs' as const, sizeGiB: 8, mountPath: 'C:\\app data' },
  ),
});

/** A valid design with its workloads varied; Cloud Map namespaces added where a variant asks for one. */
export function manifestDesignArb(): fc.Arbitrary<Design> {
  return fc
    .tuple(designArb({ extras: false }), fc.array(workloadVariant, { minLength: 4, maxLength: 4 }))
    .map(([design, variants]) => {
      const parts = design.parts.map((p) => structuredClone(p));
      const connections = design.connections.map((c) => ({ ...c }));
      let i = 0;
      for (const part of parts) {
        if (part.kind !== 'workload') continue;
        const v = variants[i % variants.length]!;
        i++;
        part.props = {
          ...part.props,
          workloadKind: v.kind,
          ...(v.hpa
            ? { hpa: { minReplicas: v.hpa.min, maxReplicas: v.hpa.min + v.hpa.extra, targetCpuPercent: v.hpa.target } }
            : {}),
          gpus: v.gpus,
          ...(v.budget !== undefined ? { disruptionBudget: { minAvailable: v.budget } } : {}),
          readinessPath: v.readinessPath,
          port: v.port,
          serviceType: v.serviceType,
          // The design's labels win: a Fargate profile's selector may need them.
          labels: { ...v.labels, ...part.props.labels },
          image: v.image,
          cpuMillicores: v.cpu,
          memoryMiB: v.memory,
          privileged: v.privileged,
          hostNetwork: v.hostNetwork,
          ...(v.policies ? { usesAwsApis: true, iamPolicyArns: [...v.policies] } : {}),
          ...(v.volume ? { volume: { ...v.volume } } : {}),
        };
        for (const c of connections) if (c.to === part.id) c.label = v.route;
        if (v.cloudMap) {
          const id = `cloud-map-${i}`;
          parts.push({
            id,
            kind: 'cloud-map',
            name: `ns-${i}`,
            position: { x: 0, y: 0 },
            note: '',
            props: { namespaceName: `svc${i}.internal`, namespaceType: 'DNS_PRIVATE' },
          });
          connections.push({ id: `c-map-${i}`, from: part.id, to: id, label: '' });
        }
      }
      return { ...design, parts, connections };
    });
}
