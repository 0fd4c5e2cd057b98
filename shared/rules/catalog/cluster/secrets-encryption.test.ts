import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { secretsEncryption as rule } from './secrets-encryption.js';

describe(rule.id, () => {
  it('warns before 1.28 and informs from 1.28, where EKS uses an AWS owned key', () => {
    const b = new DesignBuilder();
    const old = b.cluster(undefined, { version: '1.27' });
    const current = b.cluster(undefined, { version: '1.35' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [old.id], params: { cluster: 'demo-1' }, severity: 'warning' },
      { partIds: [current.id], params: { cluster: 'demo-2' }, severity: 'info' },
    ]);
  });

  it('passes a cluster with a KMS key (the baseline)', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
