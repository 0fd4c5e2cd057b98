import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { forEachIamArnField, IAM_ARN_NEEDS, iamArnPath, type IamArnKind } from './iam-arn-fields.js';
import { parseArn } from './kms-arn.js';

type Params = { expected: IamArnKind; actual: string; value: string; partition: string };

/**
 * Fields eksctl hands to IAM, EKS or CloudFormation as ARNs of one kind of IAM resource without looking at
 * the kind (it parses some of them as ARNs, none for the resource type): a role where a role goes
 * (AWS::EKS::Cluster RoleArn, Nodegroup NodeRole, FargateProfile PodExecutionRoleArn, the IRSA and Pod
 * Identity roles), an instance profile for a self-managed group's instanceProfileARN, a managed policy in
 * attachPolicyARNs and permission boundaries. An instance profile ARN for a role (or the reverse), a role
 * session (arn:aws:sts::…:assumed-role/…) or a role in a policy list is refused by the service while the
 * stacks are created.
 */
function mismatch(value: unknown, expected: IamArnKind): Params | undefined {
  if (typeof value !== 'string') return undefined;
  const arn = parseArn(value);
  // Values that are no ARN at all are cluster.iam-arn-format's finding (eksctl.ng-iam's for a self-managed
  // group's attachPolicyARNs).
  if (!arn) return undefined;
  const slash = arn.resource.indexOf('/');
  const type = slash === -1 ? arn.resource : arn.resource.slice(0, slash);
  if (arn.service === 'iam' && type === expected) return undefined;
  return { expected, actual: `${arn.service}:${type}`, value, partition: arn.partition || 'aws' };
}

function check(config: EksctlClusterConfig): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  forEachIamArnField(config, (value, expected, at, key, index) => {
    const params = mismatch(value, expected);
    if (params) out.push({ path: iamArnPath(at, key, index), params });
  });
  return out;
}

/** An IAM ARN field given the ARN of another kind of resource: the stack that uses it fails. */
export const iamArnKind = defineConfigRule({
  id: 'cluster.iam-arn-kind',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
  text: {
    en: {
      message:
        '{{path}} of cluster {{cluster}} takes the ARN of an IAM {{expected}} (arn:{{partition}}:iam::<account>:{{expected}}/<name>), but "{{value}}" is an ARN of type {{actual}}; IAM or EKS refuses it while eksctl creates the stacks.',
      fix: 'Give {{path}} the ARN of the IAM {{expected}} itself: for a role you assumed, the role (arn:{{partition}}:iam::<account>:role/<name>), not the arn:{{partition}}:sts::…:assumed-role/… session; an instance profile and its role have different ARNs.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} には IAM の {{expected}} の ARN (arn:{{partition}}:iam::<account>:{{expected}}/<name>) を指定しますが、「{{value}}」は {{actual}} の ARN です。eksctl がスタックを作成する時点で IAM または EKS に拒否されます。',
      fix: '{{path}} には IAM の {{expected}} そのものの ARN を指定してください。引き受けたロールなら arn:{{partition}}:sts::…:assumed-role/… のセッションではなくロール (arn:{{partition}}:iam::<account>:role/<name>) です。インスタンスプロファイルとそのロールの ARN は別物です。',
    },
  },
  needs: IAM_ARN_NEEDS,
  checkConfig({ config }) {
    return check(config);
  },
});
