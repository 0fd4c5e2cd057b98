import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../shared/manifests/types.js';
import { allowedAwsRequirementKeys, validateObject } from './kubernetes-oracles.js';

const deployment = (spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
    ...spec,
  },
});

const nodePool = (
  requirements: unknown[],
  disruption: unknown = { consolidationPolicy: 'WhenEmpty', consolidateAfter: '1m' },
): KubeObject => ({
  apiVersion: 'karpenter.sh/v1',
  kind: 'NodePool',
  metadata: { name: 'default' },
  spec: {
    template: { spec: { nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'default' }, requirements } },
    disruption,
  },
});

describe('the oracles themselves', () => {
  it('accepts a valid Deployment and rejects a wrong type or a missing required field', () => {
    expect(validateObject(deployment({ replicas: 2 }))).toEqual([]);
    expect(validateObject(deployment({ replicas: 'two' })).join()).toMatch(/replicas must be integer/);
    expect(
      validateObject(deployment({ selector: undefined, template: { spec: { containers: [{ image: 'x' }] } } })).join(),
    ).toMatch(/name/);
  });

  it('rejects an Ingress backend port given as a bare string', () => {
    const ingress: KubeObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'x' },
      spec: {
        rules: [{ http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 's', port: '80' } } }] } }],
      },
    };
    expect(validateObject(ingress)).not.toEqual([]);
  });

  it('checks NodePools against the CRD schema and its CEL rules on requirement keys', () => {
    const ok = [{ key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot'] }];
    expect(validateObject(nodePool(ok))).toEqual([]);
    expect(validateObject(nodePool(ok, { consolidationPolicy: 'WhenEmpty' })).join()).toMatch(/consolidateAfter/);
    expect(validateObject(nodePool(ok, { consolidationPolicy: 'Sometimes', consolidateAfter: '1m' })).join()).toMatch(
      /allowed values/,
    );
    expect(validateObject(nodePool([{ key: 'karpenter.k8s.aws/made-up', operator: 'In', values: ['x'] }])).join()).toMatch(
      /restricted/,
    );
    expect(validateObject(nodePool([{ key: 'karpenter.sh/nodepool', operator: 'In', values: ['x'] }])).join()).toMatch(
      /restricted/,
    );
    expect(validateObject(nodePool([{ key: 'kubernetes.io/arch', operator: 'In', values: [] }])).join()).toMatch(
      /must have a value/,
    );
    expect(allowedAwsRequirementKeys()).toContain('karpenter.k8s.aws/instance-family');
  });

  it('checks EC2NodeClasses: alias family and format, role or instance profile', () => {
    const nodeClass = (spec: Record<string, unknown>): KubeObject => ({
      apiVersion: 'karpenter.k8s.aws/v1',
      kind: 'EC2NodeClass',
      metadata: { name: 'default' },
      spec: { subnetSelectorTerms: [{ tags: { a: 'b' } }], securityGroupSelectorTerms: [{ tags: { a: 'b' } }], ...spec },
    });
    expect(validateObject(nodeClass({ role: 'r', amiSelectorTerms: [{ alias: 'al2023@latest' }] }))).toEqual([]);
    expect(validateObject(nodeClass({ role: 'r', amiSelectorTerms: [{ alias: 'ubuntu@latest' }] })).join()).toMatch(
      /family is not supported/,
    );
    expect(validateObject(nodeClass({ amiSelectorTerms: [{ alias: 'al2023@latest' }] })).join()).toMatch(/role, instanceProfile/);
    expect(validateObject(nodeClass({ role: 'r' })).join()).toMatch(/amiSelectorTerms/);
  });

  it('checks the AWS Load Balancer Controller annotations: group name, listen ports, certificate, names', () => {
    const ingress = (annotations: Record<string, string>, name = 'web'): KubeObject => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name, annotations },
      spec: { ingressClassName: 'alb' },
    });
    expect(validateObject(ingress({ 'alb.ingress.kubernetes.io/group.name': 'shop.alb-1' }))).toEqual([]);
    expect(validateObject(ingress({ 'alb.ingress.kubernetes.io/group.name': 'Shop' })).join()).toMatch(/invalid group.name/);
    expect(validateObject(ingress({ 'alb.ingress.kubernetes.io/listen-ports': '[{"HTTP": "80"}]' })).join()).toMatch(
      /invalid listen-ports/,
    );
    expect(validateObject(ingress({ 'alb.ingress.kubernetes.io/listen-ports': '[{"HTTPS": 443}]' })).join()).toMatch(
      /without certificate-arn/,
    );
    expect(validateObject(ingress({ 'alb.ingress.kubernetes.io/load-balancer-name': 'a'.repeat(33) })).join()).toMatch(/invalid/);
    expect(validateObject(ingress({}, 'Web')).join()).toMatch(/not a DNS subdomain/);
  });

  it('refuses a kind it has no schema for', () => {
    expect(validateObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } })).toEqual([
      'v1/Pod /p: no schema to validate this kind against',
    ]);
  });
});
