import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { lbIpTarget as rule } from './lb-ip-target.js';

describe(rule.id, () => {
  it('flags an instance-target NLB in front of a Fargate workload', () => {
    const { b, cluster, vpc } = baselineBuilder();
    const wl = b.workload(b.fargateProfile(cluster), { serviceType: 'NodePort' });
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType: 'instance' } });
    b.connect(nlb, wl);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [nlb.id, wl.id], params: { loadBalancer: nlb.name, workload: wl.name } },
    ]);
  });

  it('passes IP targets on Fargate and instance targets on EC2', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, vpc, workload } = baselineBuilder();
    const fargateWl = b.workload(b.fargateProfile(cluster));
    b.connect(b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'ip' } }), fargateWl);
    b.connect(b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'instance' } }), workload);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
