import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { preferIpTargets as rule } from './prefer-ip-targets.js';

describe(rule.id, () => {
  it('notes instance targets in front of EC2 pods', () => {
    const { b, vpc, nodeGroup } = baselineBuilder();
    const wl = b.workload(nodeGroup, { serviceType: 'NodePort' });
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType: 'instance' } });
    b.connect(nlb, wl);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [nlb.id, wl.id], params: { loadBalancer: nlb.name } }]);
  });

  it('passes IP targets', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
