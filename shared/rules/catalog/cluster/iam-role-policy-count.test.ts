import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { iamRolePolicyCount as rule } from './iam-role-policy-count.js';

const policies = (n: number) => Array.from({ length: n }, (_, i) => `arn:aws:iam::111122223333:policy/p${i}`);

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: 21 managed policies on one service account's role got no finding;
  // IAM attaches at most 20 to a role (10 without a quota increase) and the role's stack fails.
  it('flags more than 20 managed policies on one role as an error and 11 to 20 as a warning', () => {
    const extra = {
      managedNodeGroups: [{ name: 'ng', iam: { attachPolicyARNs: policies(11) } }],
      iam: {
        serviceAccounts: [{ metadata: { name: 'a', namespace: 'b' }, attachPolicyARNs: policies(21) }],
        podIdentityAssociations: [{ namespace: 'b', serviceAccountName: 'c', permissionPolicyARNs: policies(12) }],
      },
    };
    expect(findingsFor(rule, extra).map((f) => [f.configPath, f.params?.['count'], f.severity ?? 'error'])).toEqual([
      ['managedNodeGroups[0].iam.attachPolicyARNs', 11, 'warning'],
      ['iam.serviceAccounts[0].attachPolicyARNs', 21, 'error'],
      ['iam.podIdentityAssociations[0].permissionPolicyARNs', 12, 'warning'],
    ]);
  });

  it('passes ten policies, long lists beside an existing role, and the baseline', () => {
    const extra = {
      nodeGroups: [{ name: 'ng', iam: { attachPolicyARNs: policies(10) } }],
      iam: {
        serviceAccounts: [
          {
            metadata: { name: 'a', namespace: 'b' },
            attachPolicyARNs: policies(25),
            attachRoleARN: 'arn:aws:iam::111122223333:role/r',
          },
        ],
      },
    };
    expect(findingsFor(rule, extra)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
