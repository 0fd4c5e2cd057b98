import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { kmsKeyRequirements as rule } from './kms-key-requirements.js';

describe(rule.id, () => {
  it('flags a key from another Region and an ARN of another service', () => {
    const b = new DesignBuilder();
    const otherRegion = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const notKms = 'arn:aws:s3:::my-bucket';
    const c1 = b.cluster(undefined, { secretsEncryptionKeyArn: otherRegion });
    const c2 = b.cluster(undefined, { secretsEncryptionKeyArn: notKms });
    b.cluster(undefined, { secretsEncryptionKeyArn: 'not-an-arn' }); // eksctl.secrets-key-arn's case
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id], params: { cluster: 'demo-1', arn: otherRegion, region: 'us-east-1' } },
      { partIds: [c2.id], params: { cluster: 'demo-2', arn: notKms, region: 'us-east-1' } },
    ]);
  });

  it('passes no key and a same-Region key (the baseline)', () => {
    const b = new DesignBuilder();
    b.cluster(undefined);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
