import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { al2AmiEol as rule } from './al2-ami-eol.js';

describe(rule.id, () => {
  it('flags AL2 on 1.33 as an error and on 1.32 as a warning', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const newer = b.managedNodeGroup(b.cluster(vpc, { version: '1.33' }, 'new'), { amiFamily: 'AmazonLinux2' });
    const older = b.selfManagedNodeGroup(b.cluster(vpc, { version: '1.32' }, 'old'), { amiFamily: 'AmazonLinux2' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [newer.id], params: { nodeGroup: newer.name, version: '1.33' }, severity: 'error' },
      { partIds: [older.id], params: { nodeGroup: older.name, version: '1.32' }, severity: 'warning' },
    ]);
  });

  it('passes AL2023 and Bottlerocket', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { amiFamily: 'Bottlerocket' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
