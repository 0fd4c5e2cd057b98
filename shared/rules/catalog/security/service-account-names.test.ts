import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { serviceAccountNames as rule } from './service-account-names.js';

const policy = ['arn:aws:iam::aws:policy/ReadOnlyAccess'];

describe(rule.id, () => {
  // Found by the seventh pass of unseen configs: an IRSA service account named "OrdersApi" got no error; eksctl
  // creates its role, then the API server refuses the ServiceAccount ("a lowercase RFC 1123 subdomain ...").
  it('flags names eksctl creates in Kubernetes that Kubernetes refuses', () => {
    const iam = {
      withOIDC: true,
      serviceAccounts: [
        { metadata: { name: 'OrdersApi', namespace: 'orders' }, attachPolicyARNs: policy },
        { metadata: { name: 'reporter', namespace: 'Reports' }, attachPolicyARNs: policy },
        { metadata: { name: 'app.v2-reader' }, attachPolicyARNs: policy },
        { metadata: { name: 'RoleOnly', namespace: 'x' }, roleOnly: true, attachPolicyARNs: policy },
      ],
      podIdentityAssociations: [
        { namespace: 'team-a', serviceAccountName: 'Uploader', createServiceAccount: true, permissionPolicyARNs: policy },
        { namespace: 'team-a', serviceAccountName: 'Existing', permissionPolicyARNs: policy },
      ],
    };
    expect(findingsFor(rule, { iam }).map((f) => [f.configPath, f.params?.['kind']])).toEqual([
      ['iam.serviceAccounts[0].metadata.name', 'ServiceAccount'],
      ['iam.serviceAccounts[1].metadata.namespace', 'namespace'],
      ['iam.podIdentityAssociations[0].serviceAccountName', 'ServiceAccount'],
    ]);
  });

  it('passes lower-case names, a namespace of 63 characters, and the baseline', () => {
    const iam = {
      withOIDC: true,
      serviceAccounts: [{ metadata: { name: 'a.b-c', namespace: 'n'.repeat(63) }, attachPolicyARNs: policy }],
    };
    expect(findingsFor(rule, { iam })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
