import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { instanceTargetServiceType as rule } from './instance-target-service-type.js';

describe(rule.id, () => {
  it('flags instance targets in front of a ClusterIP Service', () => {
    const { b, vpc, workload } = baselineBuilder();
    const alb = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'instance' } });
    b.connect(alb, workload);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [alb.id, workload.id], params: { loadBalancer: alb.name, workload: workload.name } },
    ]);
  });

  it('passes instance targets with a NodePort Service and IP targets with ClusterIP', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, vpc, nodeGroup } = baselineBuilder();
    const wl = b.workload(nodeGroup, { serviceType: 'NodePort' });
    b.connect(b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType: 'instance' } }), wl);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
