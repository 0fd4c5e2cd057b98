import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { nameFormat as rule } from './name-format.js';

describe(rule.id, () => {
  it('flags a name starting with a hyphen, one with a space and one of 64 characters', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const hyphen = b.add('managed-node-group', { parent: cluster, name: '-workers' });
    const space = b.add('managed-node-group', { parent: cluster, name: 'my workers' });
    const long = b.add('managed-node-group', { parent: cluster, name: 'n'.repeat(64) });
    b.add('managed-node-group', { parent: cluster, name: 'n'.repeat(63) });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [hyphen.id], params: { nodeGroup: '-workers' } },
      { partIds: [space.id], params: { nodeGroup: 'my workers' } },
      { partIds: [long.id], params: { nodeGroup: 'n'.repeat(64) } },
    ]);
  });

  it('passes letters, digits, "-" and "_", and leaves self-managed groups to eksctl.self-managed-ng-name', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.add('managed-node-group', { parent: cluster, name: '0_gpu-workers' });
    b.add('self-managed-node-group', { parent: cluster, name: '-odd' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
