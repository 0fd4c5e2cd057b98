import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { sshOpen as rule } from './ssh-open.js';

describe(rule.id, () => {
  it('flags SSH open to 0.0.0.0/0', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { sshAllowedCidrs: ['10.0.0.0/8', '0.0.0.0/0'] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { nodeGroup: ng.name, cidr: '0.0.0.0/0' } }]);
  });

  it('passes SSH off and SSH from a private range', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { sshAllowedCidrs: ['10.0.0.0/8'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
