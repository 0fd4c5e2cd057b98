import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { sharedNodeSgRules as rule } from './shared-node-sg-rules.js';

describe(rule.id, () => {
  it('flags manageSharedNodeSecurityGroupRules: false without a shared node security group', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { manageSharedNodeSecurityGroupRules: false } });
    b.cluster(vpc);
    const path = 'vpc.manageSharedNodeSecurityGroupRules';
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id], params: { cluster: 'demo-1', path }, configPath: path }]);
  });

  it('passes it with vpc.sharedNodeSecurityGroup, true, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: { manageSharedNodeSecurityGroupRules: false, sharedNodeSecurityGroup: 'sg-0123456789abcdef0' } }));
    b.cluster(b.vpc({ extra: { manageSharedNodeSecurityGroupRules: true } }));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
