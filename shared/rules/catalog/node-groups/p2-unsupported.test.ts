import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { p2Unsupported as rule } from './p2-unsupported.js';

describe(rule.id, () => {
  it('flags a node group with p2.xlarge', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['p3.2xlarge', 'p2.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: 'p2.xlarge' } }]);
  });

  it('passes p3 and g5 types', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['p3.2xlarge', 'g5.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
