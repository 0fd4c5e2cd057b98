import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { addonPodIdentityOutside as rule } from './addon-pod-identity-outside.js';

const POLICY = 'permissionPolicyARNs: [arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy]';
const config = (addons: string, pias: string, extra = '') =>
  `addons:\n  - name: eks-pod-identity-agent\n${addons}iam:\n  podIdentityAssociations:\n${pias}${extra}`;
const EBS_PIA = `    - {namespace: kube-system, serviceAccountName: ebs-csi-controller-sa, ${POLICY}}\n`;

describe(rule.id, () => {
  it("flags an add-on's service account given its role under iam.podIdentityAssociations", () => {
    const found = runOnYaml(rule, config('  - name: aws-ebs-csi-driver\n', EBS_PIA));
    expect(found.map((f) => [f.configPath, f.params?.['addon'], f.params?.['serviceAccount']])).toEqual([
      ['iam.podIdentityAssociations[0]', 'aws-ebs-csi-driver', 'kube-system/ebs-csi-controller-sa'],
    ]);
    const cloudWatch = `    - {namespace: amazon-cloudwatch, serviceAccountName: cloudwatch-agent, roleARN: arn:aws:iam::111122223333:role/cw}\n`;
    expect(runOnYaml(rule, config('  - name: amazon-cloudwatch-observability\n', cloudWatch))).toHaveLength(1);
  });

  it('flags with OIDC an add-on eksctl has no recommended IRSA role for (S3 CSI driver, CloudWatch)', () => {
    const s3 = `    - {namespace: kube-system, serviceAccountName: s3-csi-driver-sa, roleARN: arn:aws:iam::111122223333:role/s3}\n`;
    const cloudWatch = `    - {namespace: amazon-cloudwatch, serviceAccountName: cloudwatch-agent, roleARN: arn:aws:iam::111122223333:role/cw}\n`;
    const withOidc = '  withOIDC: true\n';
    expect(
      runOnYaml(rule, config('  - name: aws-mountpoint-s3-csi-driver\n', s3, withOidc)).map((f) => f.params?.['addon']),
    ).toEqual(['aws-mountpoint-s3-csi-driver']);
    expect(runOnYaml(rule, config('  - name: amazon-cloudwatch-observability\n', cloudWatch, withOidc))).toHaveLength(1);
  });

  it('passes when the add-on gets a role of its own, with OIDC, for vpc-cni, other service accounts and absent add-ons', () => {
    const own = [
      '  - name: aws-ebs-csi-driver\n    useDefaultPodIdentityAssociations: true\n',
      '  - name: aws-ebs-csi-driver\n    serviceAccountRoleARN: arn:aws:iam::111122223333:role/ebs\n',
      '  - name: aws-ebs-csi-driver\n    wellKnownPolicies: {ebsCSIController: true}\n',
      `  - name: aws-ebs-csi-driver\n    podIdentityAssociations:\n      - {namespace: kube-system, serviceAccountName: ebs-csi-controller-sa, roleARN: arn:aws:iam::111122223333:role/ebs}\n`,
    ];
    for (const addon of own) expect(runOnYaml(rule, config(addon, EBS_PIA)), addon).toEqual([]);
    expect(
      runOnYaml(
        rule,
        config('  - name: aws-ebs-csi-driver\n', EBS_PIA, 'addonsConfig:\n  autoApplyPodIdentityAssociations: true\n'),
      ),
    ).toEqual([]);
    expect(runOnYaml(rule, config('  - name: aws-ebs-csi-driver\n', EBS_PIA, '  withOIDC: true\n'))).toEqual([]);
    const awsNode = `    - {namespace: kube-system, serviceAccountName: aws-node, permissionPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]}\n`;
    expect(runOnYaml(rule, config('  - name: vpc-cni\n', awsNode))).toEqual([]);
    const other = `    - {namespace: kube-system, serviceAccountName: ebs-other, ${POLICY}}\n`;
    expect(runOnYaml(rule, config('  - name: aws-ebs-csi-driver\n', other))).toEqual([]);
    expect(runOnYaml(rule, config('', EBS_PIA))).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
