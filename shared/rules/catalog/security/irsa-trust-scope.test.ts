import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { irsaTrustScope as rule } from './irsa-trust-scope.js';

const OIDC = 'iam: {withOIDC: true}\n';

/** The add-ons the rule names for the config `body`. */
function addonsOn(body: string): unknown[] {
  return runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['addon']]);
}

describe(rule.id, () => {
  it("flags add-ons whose IRSA role eksctl creates from their policies, as eksctl's docs write them", () => {
    const body = `${OIDC}addons:
  - name: vpc-cni
    attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]
  - name: aws-ebs-csi-driver
    wellKnownPolicies: {ebsCSIController: true}
  - name: aws-mountpoint-s3-csi-driver
    attachPolicyARNs: [arn:aws:iam::111122223333:policy/s3-access]
`;
    expect(addonsOn(body)).toEqual([
      ['addons[1]', 'aws-ebs-csi-driver'],
      ['addons[2]', 'aws-mountpoint-s3-csi-driver'],
    ]);
  });

  it("flags the EBS and EFS CSI drivers' recommended role, which eksctl creates when the entry names no IAM", () => {
    expect(addonsOn(`${OIDC}addons: [{name: aws-ebs-csi-driver}, {name: aws-efs-csi-driver}, {name: coredns}]\n`)).toEqual([
      ['addons[0]', 'aws-ebs-csi-driver'],
      ['addons[1]', 'aws-efs-csi-driver'],
    ]);
  });

  it('passes roles eksctl does not create, Pod Identity, and clusters without OIDC (where eksctl creates no IRSA role)', () => {
    expect(
      addonsOn(`${OIDC}addons: [{name: aws-ebs-csi-driver, serviceAccountRoleARN: "arn:aws:iam::111122223333:role/ebs"}]\n`),
    ).toEqual([]);
    expect(
      addonsOn(
        `${OIDC}addons: [{name: eks-pod-identity-agent}, {name: aws-ebs-csi-driver, useDefaultPodIdentityAssociations: true}]\n`,
      ),
    ).toEqual([]);
    expect(
      addonsOn(
        `${OIDC}addonsConfig: {autoApplyPodIdentityAssociations: true}\naddons: [{name: eks-pod-identity-agent}, {name: aws-ebs-csi-driver}]\n`,
      ),
    ).toEqual([]);
    expect(addonsOn('addons: [{name: aws-ebs-csi-driver, wellKnownPolicies: {ebsCSIController: true}}]\n')).toEqual([]);
  });

  it("flags the drawn EBS CSI driver under IRSA (the export writes eksctl's documented add-on role), not under Pod Identity", () => {
    for (const controllerIdentity of ['irsa', 'pod-identity'] as const) {
      const b = new DesignBuilder();
      b.managedNodeGroup(b.cluster(b.vpc(), { controllerIdentity, addons: { ebsCsiDriver: true, podIdentityAgent: true } }));
      expect(runRule(rule, b.build()).map((f) => f.params?.['addon'])).toEqual(
        controllerIdentity === 'irsa' ? ['aws-ebs-csi-driver'] : [],
      );
    }
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
