import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { podIdentitySessionPolicy as rule } from './pod-identity-session-policy.js';

const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
const pia = (fields: Record<string, unknown>) => ({
  namespace: 'apps',
  serviceAccountName: 'reader',
  roleARN: 'arn:aws:iam::111122223333:role/shared',
  ...fields,
});
const at = (i: number) => `iam.podIdentityAssociations[${i}]`;

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: a session policy with session tags on, one over 2,048
  // characters and one written as YAML got no finding; EKS refuses each when eksctl creates the association.
  it('flags a session policy with session tags on, over 2,048 characters, or not JSON', () => {
    const long = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'x'.repeat(2100) }],
    });
    const podIdentityAssociations = [
      pia({ policy: POLICY }),
      pia({ policy: long, disableSessionTags: true }),
      pia({ policy: 'Version: "2012-10-17"\nStatement: []\n', disableSessionTags: true }),
    ];
    expect(problemsFor(rule, { iam: { podIdentityAssociations } })).toEqual([
      [
        `${at(0)}.policy`,
        `${at(0)}.policy needs ${at(0)}.disableSessionTags: true; EKS applies a session policy only without session tags`,
      ],
      [`${at(1)}.policy`, `${at(1)}.policy has ${long.length} characters; EKS takes at most 2048`],
      [`${at(2)}.policy`, `${at(2)}.policy is not a JSON policy document`],
    ]);
  });

  it('passes a JSON session policy without session tags, associations without one, and the baseline', () => {
    const podIdentityAssociations = [pia({ policy: POLICY, disableSessionTags: true }), pia({ disableSessionTags: false })];
    expect(problemsFor(rule, { iam: { podIdentityAssociations } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
