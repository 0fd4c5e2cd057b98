import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { iamRoleNameUnique as rule } from './iam-role-name-unique.js';

const sa = (name: string, roleName: string, more: Record<string, unknown> = {}) => ({
  metadata: { name, namespace: 'apps' },
  roleName,
  attachPolicyARNs: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
  ...more,
});

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: two service accounts with one roleName got no finding; the
  // second role stack fails because IAM role names are unique in the account.
  it('flags a role name given twice, in any letter case, across node groups, service accounts and associations', () => {
    const extra = {
      managedNodeGroups: [{ name: 'a', iam: { instanceRoleName: 'shared-role' } }],
      iam: {
        serviceAccounts: [sa('reader', 'apps-s3-role'), sa('writer', 'Apps-S3-Role')],
        podIdentityAssociations: [
          {
            namespace: 'x',
            serviceAccountName: 'y',
            roleName: 'shared-role',
            permissionPolicyARNs: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          },
        ],
      },
    };
    expect(findingsFor(rule, extra).map((f) => [f.configPath, f.params?.['other']])).toEqual([
      ['iam.serviceAccounts[1].roleName', 'iam.serviceAccounts[0].roleName'],
      ['iam.podIdentityAssociations[0].roleName', 'managedNodeGroups[0].iam.instanceRoleName'],
    ]);
  });

  it('passes distinct names, names beside an existing role ARN, and the baseline', () => {
    const extra = {
      nodeGroups: [
        { name: 'a', iam: { instanceRoleName: 'node-role' } },
        { name: 'b', iam: { instanceRoleName: 'node-role', instanceRoleARN: 'arn:aws:iam::111122223333:role/node-role' } },
      ],
      iam: {
        serviceAccounts: [
          sa('reader', 'reader-role'),
          sa('writer', 'reader-role', { attachRoleARN: 'arn:aws:iam::111122223333:role/reader-role' }),
        ],
      },
    };
    expect(findingsFor(rule, extra)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
