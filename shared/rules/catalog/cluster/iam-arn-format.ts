import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { forEachIamArnField, IAM_ARN_NEEDS, iamArnPath } from './iam-arn-fields.js';
import { parseArn } from './kms-arn.js';

/**
 * An IAM ARN field holding something that is no ARN at all, most often the bare name of a role or an AWS managed
 * policy ("AmazonS3ReadOnlyAccess"). eksctl parses only a few of these fields: a node group's attachPolicyARNs
 * while it builds the node role (pkg/cfn/builder/iam_helper.go: "arn: invalid prefix"; for a self-managed group
 * already in validation, eksctl.ng-iam's finding), a self-managed group's instanceRoleARN for its aws-auth entry;
 * the rest goes as is to IAM (ManagedPolicyArns, PermissionsBoundary) or EKS (RoleArn, NodeRole,
 * PodExecutionRoleArn, Pod Identity roleArn), which refuse a value that is not an ARN while the stacks are created.
 */
export const iamArnFormat = defineConfigRule({
  id: 'cluster.iam-arn-format',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
  text: {
    en: {
      message:
        '{{path}} of cluster {{cluster}} takes the ARN of an IAM {{expected}}, but "{{value}}" is not an ARN (arn:partition:service:region:account:resource); eksctl, IAM or EKS refuses it while the cluster is created.',
      fix: 'Write the full ARN in {{path}}: an AWS managed policy is arn:aws:iam::aws:policy/<name>, your own policy arn:aws:iam::<account>:policy/<name>, a role arn:aws:iam::<account>:role/<name>, an instance profile arn:aws:iam::<account>:instance-profile/<name>.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} には IAM の {{expected}} の ARN を指定しますが、「{{value}}」は ARN (arn:partition:service:region:account:resource) ではありません。クラスター作成中に eksctl、IAM または EKS に拒否されます。',
      fix: '{{path}} には完全な ARN を書いてください。AWS 管理ポリシーは arn:aws:iam::aws:policy/<name>、自分のポリシーは arn:aws:iam::<account>:policy/<name>、ロールは arn:aws:iam::<account>:role/<name>、インスタンスプロファイルは arn:aws:iam::<account>:instance-profile/<name> です。',
    },
  },
  needs: IAM_ARN_NEEDS,
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    forEachIamArnField(config, (value, expected, at, key, index) => {
      // eksctl reads an empty string as unset; a self-managed group's attachPolicyARNs are eksctl.ng-iam's.
      if (typeof value !== 'string' || value === '' || parseArn(value)) return;
      if (at[0] === 'nodeGroups' && key === 'attachPolicyARNs') return;
      out.push({ path: iamArnPath(at, key, index), params: { expected, value } });
    });
    return out;
  },
});
