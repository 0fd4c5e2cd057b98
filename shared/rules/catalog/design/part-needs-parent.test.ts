import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { partNeedsParent as rule } from './part-needs-parent.js';

describe(rule.id, () => {
  it('flags a node group and a workload outside any cluster', () => {
    const b = new DesignBuilder();
    const ng = b.add('managed-node-group');
    const wl = b.add('workload');
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[ng.id], [wl.id]]);
  });

  it('passes a design where every part sits where it belongs', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
