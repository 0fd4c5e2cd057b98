import { describe, expect, it } from 'vitest';
import { MAX_POLICY_ARNS, policyArnsFromRows } from './policy-arn-rows.js';

const S3 = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
const OWN = 'arn:aws:iam::111122223333:policy/team/orders-queue';

describe('policy ARN rows', () => {
  it('keeps valid ARNs in order, trimmed, and drops blank rows', () => {
    expect(policyArnsFromRows([` ${S3} `, '', OWN])).toEqual({ ok: true, value: [S3, OWN] });
    expect(policyArnsFromRows(['arn:aws-cn:iam::aws:policy/ReadOnlyAccess']).ok).toBe(true);
  });

  it('saves no list at all when every row is blank', () => {
    expect(policyArnsFromRows(['', '  '])).toEqual({ ok: true, value: undefined });
  });

  it('flags a row that is not an IAM policy ARN', () => {
    for (const bad of ['arn:aws:s3:::bucket', 'arn:aws:iam::123:policy/x', 'arn:aws:iam::aws:role/x', 'AmazonS3ReadOnlyAccess']) {
      const r = policyArnsFromRows([S3, bad]);
      expect(r.ok ? r : [...r.problems]).toEqual([[1, 'policyArnInvalid']]);
    }
  });

  it('flags both rows of a repeated ARN, and more than IAM attaches to a role', () => {
    const r = policyArnsFromRows([S3, OWN, S3]);
    expect(r.ok ? r : [...r.problems].sort()).toEqual([
      [0, 'policyArnDuplicate'],
      [2, 'policyArnDuplicate'],
    ]);
    const many = Array.from({ length: MAX_POLICY_ARNS + 1 }, (_, i) => `arn:aws:iam::111122223333:policy/p${i}`);
    const tooMany = policyArnsFromRows(many);
    expect(tooMany.ok ? tooMany : [...tooMany.problems]).toEqual([[MAX_POLICY_ARNS, 'policyArnTooMany']]);
  });
});
