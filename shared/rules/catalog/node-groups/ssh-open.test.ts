import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { sshOpen as rule } from './ssh-open.js';

describe(rule.id, () => {
  it('flags SSH open to 0.0.0.0/0', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { sshAllowedCidrs: ['10.0.0.0/8', '0.0.0.0/0'] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { nodeGroup: ng.name, cidr: '0.0.0.0/0' } }]);
  });

  // Found by the sixteenth pass of unseen configs: only the texts 0.0.0.0/0 and ::/0 counted as open, not the
  // same blocks written another way (AWS masks any address before /0 to the whole address space).
  it('flags every block of prefix length 0, in either family', () => {
    for (const open of ['::/0', '::0/0', '0:0:0:0:0:0:0:0/0', ' 0.0.0.0/0 ', '10.0.0.0/0']) {
      const b = new DesignBuilder();
      const ng = b.managedNodeGroup(b.cluster(b.vpc()), { sshAllowedCidrs: [open] });
      expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { nodeGroup: ng.name, cidr: open.trim() } }]);
    }
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { sshAllowedCidrs: ['2001:db8::/32', '0.0.0.0/1', '::/1'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes SSH off and SSH from a private range', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { sshAllowedCidrs: ['10.0.0.0/8'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
