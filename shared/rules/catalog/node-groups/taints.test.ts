import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { taints as rule } from './taints.js';

describe(rule.id, () => {
  it('flags an empty key and a value with a slash', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), {
      taints: [
        { key: '', value: 'x', effect: 'NoSchedule' },
        { key: 'dedicated', value: 'a/b', effect: 'NoExecute' },
        { key: 'nvidia.com/gpu', value: '', effect: 'NoSchedule' },
      ],
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id], params: { nodeGroup: ng.name, taints: '=x:NoSchedule, dedicated=a/b:NoExecute' } },
    ]);
  });

  it('passes well-formed taints', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
