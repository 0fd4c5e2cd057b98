import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { nameUnique as rule } from './name-unique.js';

describe(rule.id, () => {
  it('flags a managed and a self-managed node group with the same name in one cluster', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const a = b.add('managed-node-group', { parent: cluster, name: 'workers' });
    const c = b.add('self-managed-node-group', { parent: cluster, name: 'workers' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [a.id, c.id], params: { nodeGroup: 'workers', cluster: cluster.name, count: 2 } },
    ]);
  });

  it('passes the same name in two different clusters', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.add('managed-node-group', { parent: b.cluster(vpc, {}, 'one'), name: 'workers' });
    b.add('managed-node-group', { parent: b.cluster(vpc, {}, 'two'), name: 'workers' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
