import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { unmatchedPods as rule } from './unmatched-pods.js';

describe(rule.id, () => {
  it('flags a workload drawn in a profile whose selectors miss its namespace or labels', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'web', labels: { tier: 'front' } }] });
    const wrongNs = b.workload(fp, { namespace: 'api', labels: { tier: 'front' } });
    const missingLabel = b.workload(fp, { namespace: 'web' });
    b.workload(fp, { namespace: 'web', labels: { tier: 'front', app: 'x' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [wrongNs.id, fp.id], params: { workload: wrongNs.name, namespace: 'api', profile: fp.name } },
      { partIds: [missingLabel.id, fp.id], params: { workload: missingLabel.name, namespace: 'web', profile: fp.name } },
    ]);
  });

  it('flags an unmatched workload in a cluster whose only compute is Fargate', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp1 = b.fargateProfile(cluster, { selectors: [{ namespace: 'web' }] });
    const fp2 = b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-system' }] });
    const loose = b.workload(cluster, { namespace: 'batch' });
    b.workload(cluster, { namespace: 'web' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [loose.id, fp1.id, fp2.id],
        params: { workload: loose.name, namespace: 'batch', profile: `${fp1.name}, ${fp2.name}` },
      },
    ]);
  });

  it('passes matching selectors (with wildcards) and loose workloads in clusters with node groups or hybrid nodes', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster } = baselineBuilder();
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'team-*' }] });
    b.workload(fp, { namespace: 'team-a' });
    b.workload(cluster, { namespace: 'other' });
    expect(runRule(rule, b.build())).toEqual([]);
    const b2 = new DesignBuilder();
    const vpc = b2.vpc();
    const hybrid = b2.cluster(vpc);
    b2.fargateProfile(hybrid, { selectors: [{ namespace: 'web' }] });
    b2.workload(hybrid, { namespace: 'on-prem' });
    b2.connect(b2.add('on-prem-network', { props: { remoteNodeCidrs: ['172.16.0.0/18'], hybridNodeCount: 2 } }), vpc);
    expect(runRule(rule, b2.build())).toEqual([]);
  });
});
