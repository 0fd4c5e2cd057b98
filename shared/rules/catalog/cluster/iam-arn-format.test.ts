import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { iamArnFormat as rule } from './iam-arn-format.js';

describe(rule.id, () => {
  // Found by the seventh pass of unseen configs: a managed group listing "AmazonS3ReadOnlyAccess" in
  // attachPolicyARNs got no error, though eksctl's node role builder fails on it ("arn: invalid prefix"); the
  // other IAM ARN fields go as they are to IAM or EKS, which refuse a bare name just the same.
  it('flags a bare name where eksctl takes an IAM ARN, wherever that is', () => {
    const yaml = [
      'iam:',
      '  serviceRoleARN: eks-cluster-role',
      '  serviceAccounts:',
      '    - {metadata: {name: s}, attachPolicyARNs: [AmazonS3ReadOnlyAccess]}',
      '  podIdentityAssociations:',
      '    - {namespace: a, serviceAccountName: a, roleARN: app-role}',
      'addons:',
      '  - {name: aws-ebs-csi-driver, serviceAccountRoleARN: ebs-csi}',
      'managedNodeGroups:',
      '  - name: mng',
      '    iam:',
      '      attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", AmazonS3ReadOnlyAccess]',
      'fargateProfiles:',
      '  - {name: fp, podExecutionRoleARN: fargate-role, selectors: [{namespace: a}]}',
      'autoModeConfig: {enabled: true, nodeRoleARN: auto-nodes}',
    ].join('\n');
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['expected']])).toEqual([
      ['iam.serviceRoleARN', 'role'],
      ['iam.serviceAccounts[0].attachPolicyARNs[0]', 'policy'],
      ['iam.podIdentityAssociations[0].roleARN', 'role'],
      ['addons[0].serviceAccountRoleARN', 'role'],
      ['managedNodeGroups[0].iam.attachPolicyARNs[1]', 'policy'],
      ['fargateProfiles[0].podExecutionRoleARN', 'role'],
      ['autoModeConfig.nodeRoleARN', 'role'],
    ]);
  });

  it("passes ARNs of any kind (cluster.iam-arn-kind's), empty strings, and a self-managed group's policies (eksctl.ng-iam's)", () => {
    const config = {
      iam: { serviceRoleARN: 'arn:aws:iam::111122223333:instance-profile/x', fargatePodExecutionRoleARN: '' },
      managedNodeGroups: [{ name: 'm', iam: { attachPolicyARNs: ['arn:aws-cn:iam::aws:policy/AmazonEKSWorkerNodePolicy'] } }],
      nodeGroups: [{ name: 'ng', iam: { attachPolicyARNs: ['not-an-arn'] } }],
    };
    expect(problemsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
