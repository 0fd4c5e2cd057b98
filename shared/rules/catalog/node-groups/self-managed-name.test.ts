import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { selfManagedName as rule } from './self-managed-name.js';

describe(rule.id, () => {
  it('flags a self-managed name with "_" and one starting with a digit', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const underscore = b.add('self-managed-node-group', { parent: cluster, name: 'ng_1' });
    const digit = b.add('self-managed-node-group', { parent: cluster, name: '1ng' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [underscore.id], params: { nodeGroup: 'ng_1' } },
      { partIds: [digit.id], params: { nodeGroup: '1ng' } },
    ]);
  });

  it('passes "ng-workers-2" and ignores managed node groups', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.add('self-managed-node-group', { parent: cluster, name: 'ng-workers-2' });
    b.add('managed-node-group', { parent: cluster, name: 'ng_1' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
