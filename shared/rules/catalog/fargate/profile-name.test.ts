import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { profileName as rule } from './profile-name.js';

describe(rule.id, () => {
  it('flags an empty name, the reserved "eks-" prefix and a space', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const empty = b.add('fargate-profile', { parent: cluster, name: '' });
    const reserved = b.add('fargate-profile', { parent: cluster, name: 'eks-default' });
    const space = b.add('fargate-profile', { parent: cluster, name: 'my profile' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [empty.id], params: { profile: '' } },
      { partIds: [reserved.id], params: { profile: 'eks-default' } },
      { partIds: [space.id], params: { profile: 'my profile' } },
    ]);
  });

  it('passes "fp_default-1"', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.add('fargate-profile', { parent: b.cluster(b.vpc()), name: 'fp_default-1' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
