import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipv6CoreAddons as rule } from './ipv6-core-addons.js';

describe(rule.id, () => {
  it('flags an IPv6 cluster without CoreDNS or IAM for the VPC CNI', () => {
    const b = new DesignBuilder();
    const c1 = b.cluster(undefined, { ipFamily: 'IPv6', addons: { coreDns: false } });
    const c2 = b.cluster(undefined, { ipFamily: 'IPv6', addons: { podIdentityAgent: true, coreDns: false } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id], params: { cluster: 'demo-1', missing: 'coredns, eks-pod-identity-agent' } },
      { partIds: [c2.id], params: { cluster: 'demo-2', missing: 'coredns' } },
    ]);
  });

  it('passes IPv6 with the Pod Identity agent or IRSA, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { ipFamily: 'IPv6', addons: { podIdentityAgent: true } });
    b.cluster(undefined, { ipFamily: 'IPv6', controllerIdentity: 'irsa' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
