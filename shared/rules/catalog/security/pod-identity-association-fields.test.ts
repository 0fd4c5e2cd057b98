import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { podIdentityAssociationFields as rule } from './pod-identity-association-fields.js';

const p = (i: number) => `iam.podIdentityAssociations[${i}]`;

describe(rule.id, () => {
  it('flags missing names, no policy source, roleARN with policies and a bad permissionPolicyName', () => {
    const podIdentityAssociations = [
      { serviceAccountName: 'app', roleARN: 'arn:aws:iam::111122223333:role/app' },
      { namespace: 'backend', serviceAccountName: 'app' },
      {
        namespace: 'backend',
        serviceAccountName: 'worker',
        roleARN: 'arn:aws:iam::111122223333:role/worker',
        permissionPolicyARNs: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      },
      {
        namespace: 'backend',
        serviceAccountName: 'named',
        permissionPolicyName: '--',
        permissionPolicy: { Version: '2012-10-17' },
      },
    ];
    expect(problemsFor(rule, { iam: { podIdentityAssociations } })).toEqual([
      [`${p(0)}.namespace`, `${p(0)}.namespace must be set`],
      [
        p(1),
        `at least one of the following must be specified: ${p(1)}.roleARN, ${p(1)}.permissionPolicy, ${p(1)}.permissionPolicyARNs, ${p(1)}.wellKnownPolicies`,
      ],
      [p(2), `${p(2)}.permissionPolicyARNs cannot be specified when ${p(2)}.roleARN is set`],
      [`${p(3)}.permissionPolicyName`, `${p(3)}: permissionPolicyName "--" must contain at least one alphanumeric character`],
    ]);
  });

  it('passes associations with one kind of policy source, and the baseline (whose controllers use well-known policies)', () => {
    const podIdentityAssociations = [
      { namespace: 'a', serviceAccountName: 'a', roleARN: 'arn:aws:iam::111122223333:role/a' },
      { namespace: 'a', serviceAccountName: 'b', wellKnownPolicies: { externalDNS: true } },
    ];
    expect(problemsFor(rule, { iam: { podIdentityAssociations } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
