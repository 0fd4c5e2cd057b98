import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { hybridIpTarget as rule } from './hybrid-ip-target.js';

function hybridDesign(targetType: 'ip' | 'instance') {
  const base = baselineBuilder();
  const { b, vpc, cluster } = base;
  b.connect(b.add('on-prem-network', { props: { remoteNodeCidrs: ['172.16.0.0/18'], hybridNodeCount: 2 } }), vpc);
  const loose = b.workload(cluster, { serviceType: 'NodePort' });
  const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType } });
  b.connect(nlb, loose);
  return { ...base, loose, nlb };
}

describe(rule.id, () => {
  it('flags instance targets for a workload that can land on hybrid nodes', () => {
    const { b, loose, nlb, cluster } = hybridDesign('instance');
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [nlb.id, loose.id], params: { loadBalancer: nlb.name, workload: loose.name, cluster: cluster.name } },
    ]);
  });

  it('passes IP targets, and instance targets without hybrid nodes', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    expect(runRule(rule, hybridDesign('ip').b.build())).toEqual([]);
    const { b, vpc, cluster } = baselineBuilder();
    const loose = b.workload(cluster, { serviceType: 'NodePort' });
    b.connect(b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType: 'instance' } }), loose);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
