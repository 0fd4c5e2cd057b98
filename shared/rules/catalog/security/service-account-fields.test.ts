import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { serviceAccountFields as rule } from './service-account-fields.js';

const policy = { attachPolicyARNs: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] };

describe(rule.id, () => {
  it('flags a service account without a name, a duplicate namespace/name and one without any policy', () => {
    const iam = {
      withOIDC: true,
      serviceAccounts: [
        { metadata: { namespace: 'backend' }, ...policy },
        { metadata: { name: 's3-reader' }, ...policy },
        { metadata: { name: 's3-reader', namespace: 'default' }, ...policy },
        { metadata: { name: 'bare', namespace: 'backend' } },
      ],
    };
    expect(problemsFor(rule, { iam })).toEqual([
      ['iam.serviceAccounts[0].metadata.name', 'iam.serviceAccounts[0].name must be set'],
      ['iam.serviceAccounts[2].metadata', '<namespace>/<name> of iam.serviceAccounts[2] "default/s3-reader" is not unique'],
      [
        'iam.serviceAccounts[3]',
        'iam.serviceAccounts[3].wellKnownPolicies, iam.serviceAccounts[3].attachPolicyARNs, iam.serviceAccounts[3].attachRoleARN or iam.serviceAccounts[3].attachPolicy must be set',
      ],
    ]);
  });

  it('passes accounts with a role, an inline policy or well-known policies, and the baseline', () => {
    const serviceAccounts = [
      { metadata: { name: 'a', namespace: 'x' }, attachRoleARN: 'arn:aws:iam::111122223333:role/a' },
      { metadata: { name: 'a', namespace: 'y' }, attachPolicy: { Version: '2012-10-17', Statement: [] } },
      { metadata: { name: 'b', namespace: 'x' }, wellKnownPolicies: { autoScaler: true } },
    ];
    expect(problemsFor(rule, { iam: { withOIDC: true, serviceAccounts } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
