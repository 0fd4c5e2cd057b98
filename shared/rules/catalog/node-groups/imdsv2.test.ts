import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { imdsv2 as rule } from './imdsv2.js';

describe(rule.id, () => {
  it('flags a node group that leaves IMDSv1 on', () => {
    const b = new DesignBuilder();
    const ng = b.selfManagedNodeGroup(b.cluster(b.vpc()), { disableImdsV1: false });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { nodeGroup: ng.name } }]);
  });

  it('passes the default (IMDSv1 disabled)', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
