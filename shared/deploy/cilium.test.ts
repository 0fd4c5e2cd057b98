import { describe, expect, it } from 'vitest';
import { templateBundle } from './test-support/templates.js';

describe('Cilium for hybrid nodes', () => {
  const bundle = templateBundle('hybrid-cloud');

  it('is installed first, from the pinned chart, with the remote pod networks of cluster.yaml', () => {
    const [first] = bundle.plan.controllers;
    expect(first?.id).toBe('cilium');
    expect(first?.chart).toEqual({ repo: 'https://helm.cilium.io/', name: 'cilium', version: '1.17.6', appVersion: 'v1.17.6' });
    const values = bundle.files.find((f) => f.path === 'helm/cilium.values.yaml')!.content;
    const clusterYaml = bundle.files.find((f) => f.path === 'cluster.yaml')!.content;
    const pod = /remotePodNetworks:\n\s+- cidrs:\n\s+- ([\d./]+)/.exec(clusterYaml)![1]!;
    expect(values).toContain(`- ${pod}`);
    const script = bundle.files.find((f) => f.path === 'deploy.sh')!.content;
    expect(script.indexOf('helm upgrade --install cilium')).toBeGreaterThan(script.indexOf('aws eks update-kubeconfig'));
    expect(script.indexOf('helm upgrade --install cilium')).toBeLessThan(script.lastIndexOf('kubectl apply'));
    expect(script).toContain('kubectl -n kube-system rollout status daemonset/cilium --timeout=10m');
  });

  it('is not installed for a cluster without hybrid nodes', () => {
    for (const id of ['microservices', 'web-application'] as const)
      expect(templateBundle(id).plan.controllers.map((c) => c.id)).not.toContain('cilium');
  });
});
