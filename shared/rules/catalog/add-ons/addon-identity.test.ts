import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { addonIdentity as rule } from './addon-identity.js';

const role = 'arn:aws:iam::111122223333:role/r';
const pia = { serviceAccountName: 'ebs-csi-controller-sa', namespace: 'kube-system', roleARN: role };

describe(rule.id, () => {
  it('flags IRSA with pod identity, two IRSA sources, agent associations, incomplete and well-known associations', () => {
    const addons = [
      { name: 'aws-ebs-csi-driver', serviceAccountRoleARN: role, podIdentityAssociations: [pia] },
      { name: 'aws-efs-csi-driver', serviceAccountRoleARN: role, wellKnownPolicies: { efsCSIController: true } },
      { name: 'eks-pod-identity-agent', podIdentityAssociations: [pia] },
      { name: 'adot', podIdentityAssociations: [{ namespace: 'opentelemetry-operator-system', serviceAccountName: 'adot' }] },
      {
        name: 'amazon-cloudwatch-observability',
        podIdentityAssociations: [{ ...pia, roleARN: undefined, wellKnownPolicies: { autoScaler: true } }],
      },
      { name: 'snapshot-controller', useDefaultPodIdentityAssociations: true, attachPolicyARNs: ['arn:aws:iam::aws:policy/A'] },
    ];
    const bad = (n: string, m: string) => `invalid configuration for "${n}" addon: ${m}`;
    expect(problemsFor(rule, { addons }, { addons: { podIdentityAgent: false } })).toEqual([
      [
        'addons[3]',
        bad(
          'aws-ebs-csi-driver',
          'cannot set IRSA config (`addon.ServiceAccountRoleARN`, `addon.AttachPolicyARNs`, `addon.AttachPolicy`, `addon.WellKnownPolicies`) and pod identity associations at the same time',
        ),
      ],
      [
        'addons[4]',
        bad(
          'aws-efs-csi-driver',
          'at most one of wellKnownPolicies, serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified',
        ),
      ],
      ['addons[5]', bad('eks-pod-identity-agent', 'cannot set pod identity associations for "eks-pod-identity-agent" addon')],
      [
        'addons[6]',
        bad(
          'adot',
          'at least one of the following must be specified: podIdentityAssociations[0].roleARN, podIdentityAssociations[0].permissionPolicy, podIdentityAssociations[0].permissionPolicyARNs, podIdentityAssociations[0].wellKnownPolicies',
        ),
      ],
      [
        'addons[7]',
        'wellKnownPolicies is not supported for addon.podIdentityAssociations; use addon.useDefaultPodIdentityAssociations instead (addon: amazon-cloudwatch-observability)',
      ],
      [
        'addons[8]',
        'cannot specify serviceAccountRoleARN, wellKnownPolicies, attachPolicy or attachPolicyARNs when addon.useDefaultPodIdentityAssociations is set (addon: snapshot-controller)',
      ],
    ]);
  });

  it("passes one IAM source per addon, the exporter's IRSA and IPv6 add-ons, and the baseline", () => {
    const addons = [
      { name: 'aws-ebs-csi-driver', podIdentityAssociations: [pia] },
      { name: 'aws-efs-csi-driver', wellKnownPolicies: { efsCSIController: true } },
      { name: 'vpc-cni', useDefaultPodIdentityAssociations: true },
    ];
    expect(problemsFor(rule, { addons })).toEqual([]);
    expect(problemsFor(rule, {}, { controllerIdentity: 'irsa', addons: { ebsCsiDriver: true } })).toEqual([]);
    expect(problemsFor(rule, {}, { ipFamily: 'IPv6', addons: { podIdentityAgent: true } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
