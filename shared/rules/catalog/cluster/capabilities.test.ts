import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { capabilities as rule } from './capabilities.js';

const roleArn = 'arn:aws:iam::111122223333:role/capability';

describe(rule.id, () => {
  it('flags a capability without a type and an Argo CD capability without awsIdc', () => {
    const capabilities = [
      { name: 'ack', roleArn },
      { name: 'argocd', type: 'ARGOCD', roleArn, configuration: { argocd: { namespace: 'argocd' } } },
    ];
    expect(problemsFor(rule, { capabilities })).toEqual([
      ['capabilities[0]', 'capability type is required'],
      ['capabilities[1]', 'awsIdc configuration is required for ARGOCD capability'],
    ]);
  });

  // Found by the sixth pass of unseen configs: eksctl copies type, deletePropagationPolicy and the Argo CD
  // role mappings into AWS::EKS::Capability unchecked, and EKS takes only its own spellings, one per type.
  it('flags values EKS refuses: type spelling, a second capability of a type, policy, Argo CD roles and identities', () => {
    const idc = { awsIdc: { idcInstanceArn: 'arn:aws:sso:::instance/ssoins-1111222233334444' } };
    const capabilities = [
      { name: 'argo', type: 'argocd', roleArn },
      { name: 'ack-1', type: 'ACK', roleArn },
      { name: 'ack-2', type: 'ACK', roleArn },
      { name: 'kro', type: 'KRO', roleArn, deletePropagationPolicy: 'DELETE' },
      {
        name: 'argocd',
        type: 'ARGOCD',
        roleArn,
        configuration: { argocd: { ...idc, rbacRoleMappings: [{ role: 'OWNER', identities: [{ id: 'u', type: 'SSO_USER' }] }] } },
      },
    ];
    expect(problemsFor(rule, { capabilities })).toEqual([
      ['capabilities[0]', 'EKS: capability type must be one of ACK, KRO, ARGOCD, not "argocd"'],
      ['capabilities[2]', 'EKS: only one capability of type ACK can be created on a cluster'],
      ['capabilities[3]', 'EKS: deletePropagationPolicy must be RETAIN, not "DELETE"'],
      ['capabilities[4]', 'EKS: an Argo CD role mapping\'s role must be one of ADMIN, EDITOR, VIEWER, not "OWNER"'],
    ]);
    const identity = [
      {
        name: 'argocd',
        type: 'ARGOCD',
        roleArn,
        configuration: { argocd: { ...idc, rbacRoleMappings: [{ role: 'ADMIN', identities: [{ id: 'g', type: 'GROUP' }] }] } },
      },
    ];
    expect(problemsFor(rule, { capabilities: identity })).toEqual([
      ['capabilities[0]', 'EKS: an Argo CD identity\'s type must be one of SSO_USER, SSO_GROUP, not "GROUP"'],
    ]);
  });

  it("passes eksctl's example capabilities and the baseline", () => {
    const capabilities = [
      { name: 'ack', type: 'ACK', roleArn },
      {
        name: 'argocd',
        type: 'ARGOCD',
        roleArn,
        configuration: { argocd: { awsIdc: { idcInstanceArn: 'arn:aws:sso:::instance/ssoins-1111222233334444' } } },
      },
    ];
    expect(problemsFor(rule, { capabilities })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
