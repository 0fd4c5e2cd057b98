import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { secretsKeyArn as rule } from './secrets-key-arn.js';

describe(rule.id, () => {
  it('flags a key id or alias given instead of an ARN', () => {
    const b = new DesignBuilder();
    const c1 = b.cluster(undefined, { secretsEncryptionKeyArn: '1234abcd-12ab-34cd-56ef-1234567890ab' });
    const c2 = b.cluster(undefined, { secretsEncryptionKeyArn: 'alias/eks', region: 'ap-northeast-1' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id], params: { cluster: 'demo-1', arn: '1234abcd-12ab-34cd-56ef-1234567890ab', region: 'us-east-1' } },
      { partIds: [c2.id], params: { cluster: 'demo-2', arn: 'alias/eks', region: 'ap-northeast-1' } },
    ]);
  });

  it('passes no key, an ARN and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined);
    b.cluster(undefined, { secretsEncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:alias/eks' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
