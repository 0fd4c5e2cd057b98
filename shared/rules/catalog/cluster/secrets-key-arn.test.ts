import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { findingsFor } from '../../test-support/cluster-config-rule.js';
import { secretsKeyArn as rule } from './secrets-key-arn.js';

describe(rule.id, () => {
  it('flags a key id or alias given instead of an ARN', () => {
    const b = new DesignBuilder();
    const c1 = b.cluster(undefined, { secretsEncryptionKeyArn: '1234abcd-12ab-34cd-56ef-1234567890ab' });
    const c2 = b.cluster(undefined, { secretsEncryptionKeyArn: 'alias/eks', region: 'ap-northeast-1' });
    const at = { path: 'secretsEncryption.keyARN' };
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [c1.id],
        params: {
          cluster: 'demo-1',
          ...at,
          arn: '1234abcd-12ab-34cd-56ef-1234567890ab',
          region: 'us-east-1',
          problem: 'invalid ARN in secretsEncryption.keyARN: "1234abcd-12ab-34cd-56ef-1234567890ab"',
        },
        configPath: at.path,
      },
      {
        partIds: [c2.id],
        params: {
          cluster: 'demo-2',
          ...at,
          arn: 'alias/eks',
          region: 'ap-northeast-1',
          problem: 'invalid ARN in secretsEncryption.keyARN: "alias/eks"',
        },
        configPath: at.path,
      },
    ]);
  });

  it('flags secretsEncryption carried without a keyARN', () => {
    expect(findingsFor(rule, { secretsEncryption: {} }).map((f) => f.params?.['problem'])).toEqual([
      'field secretsEncryption.keyARN is required for enabling secrets encryption',
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
