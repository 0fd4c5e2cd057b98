/**
 * s16: a Fargate-only cluster's estimate counted its workloads' Pods but not the controllers' own Pods, which a
 * profile selecting kube-system puts on Fargate too (CoreDNS, moved there by eksctl, and the Load Balancer Controller).
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { estimateCost } from './estimate.js';

const today = '2026-11-28';

function design(selectors: { namespace: string; labels?: Record<string, string> }[], nodeGroup = false) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc({ cidr: '10.0.0.0/16' }), {
    region: 'us-east-1',
    version: '1.35',
    addons: { awsLoadBalancerController: true, coreDns: true },
  });
  if (nodeGroup) b.managedNodeGroup(cluster);
  const profile = b.fargateProfile(cluster, { selectors: selectors.map((s) => ({ labels: {}, ...s })) });
  b.workload(profile, { namespace: 'shop' });
  return { design: b.build(), cluster };
}

const controllerLines = (d: ReturnType<typeof design>) =>
  estimateCost(d.design, { region: 'us-east-1', today }).lines.filter(
    (l) => l.partId === d.cluster.id && l.item.includes('controllers'),
  );

describe('controller Pods on Fargate', () => {
  it('bills CoreDNS and the Load Balancer Controller when a profile selects kube-system', () => {
    const lines = controllerLines(design([{ namespace: 'kube-system' }, { namespace: 'shop' }]));
    // 2 CoreDNS + 2 controller Pods, each 0.25 vCPU / 0.5 GB, 730 hours.
    expect(lines.map((l) => l.quantity)).toEqual([730, 1460]);
    expect(lines[0]!.note).toContain('CoreDNS ×2, AWS Load Balancer Controller ×2');
  });

  it('moves CoreDNS even beside node groups (eksctl does), and bills nothing without a kube-system profile', () => {
    expect(controllerLines(design([{ namespace: 'kube-system' }], true)).map((l) => l.quantity)).toEqual([730, 1460]);
    expect(controllerLines(design([{ namespace: 'shop' }]))).toEqual([]);
    // A label selector takes only the Pods carrying it: CoreDNS's own label moves CoreDNS alone.
    const coreDnsOnly = controllerLines(
      design([{ namespace: 'kube-system', labels: { 'eks.amazonaws.com/component': 'coredns' } }]),
    );
    expect(coreDnsOnly.map((l) => l.quantity)).toEqual([365, 730]);
  });
});
