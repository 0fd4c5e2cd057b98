import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj, objects, type Obj } from '../../facts/config-values.js';
import type { PathSegment } from '../../../util/locate.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { parseArn } from './kms-arn.js';

type Kind = 'role' | 'instance-profile' | 'policy';
type Params = { expected: Kind; actual: string; value: string; partition: string };

/**
 * Fields eksctl hands to IAM, EKS or CloudFormation as ARNs of one kind of IAM resource without looking at
 * the kind (it parses some of them as ARNs, none for the resource type): a role where a role goes
 * (AWS::EKS::Cluster RoleArn, Nodegroup NodeRole, FargateProfile PodExecutionRoleArn, the IRSA and Pod
 * Identity roles), an instance profile for a self-managed group's instanceProfileARN, a managed policy in
 * attachPolicyARNs and permission boundaries. An instance profile ARN for a role (or the reverse), a role
 * session (arn:aws:sts::…:assumed-role/…) or a role in a policy list is refused by the service while the
 * stacks are created.
 */
function mismatch(value: unknown, expected: Kind): Params | undefined {
  if (typeof value !== 'string') return undefined;
  const arn = parseArn(value);
  // Values that are no ARN at all are the schema's and eksctl's own findings (eksctl.ng-iam, …).
  if (!arn) return undefined;
  const slash = arn.resource.indexOf('/');
  const type = slash === -1 ? arn.resource : arn.resource.slice(0, slash);
  if (arn.service === 'iam' && type === expected) return undefined;
  return { expected, actual: `${arn.service}:${type}`, value, partition: arn.partition || 'aws' };
}

/** Checks one field; the path is built only for a finding. */
function field(out: ConfigFinding[], owner: Obj, key: string, expected: Kind, at: readonly PathSegment[]): void {
  const params = mismatch(owner[key], expected);
  if (params) out.push({ path: [...at, key], params });
}

/** Checks each entry of a list field of ARNs. */
function listField(out: ConfigFinding[], owner: Obj, key: string, expected: Kind, at: readonly PathSegment[]): void {
  const items = owner[key];
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) {
    const params = mismatch(items[i], expected);
    if (params) out.push({ path: [...at, key, i], params });
  }
}

function association(out: ConfigFinding[], pia: Obj, at: readonly PathSegment[]): void {
  field(out, pia, 'roleARN', 'role', at);
  field(out, pia, 'targetRoleARN', 'role', at);
  field(out, pia, 'permissionsBoundaryARN', 'policy', at);
  listField(out, pia, 'permissionPolicyARNs', 'policy', at);
}

function check(config: EksctlClusterConfig): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  const iam: unknown = config.iam;
  if (isObj(iam)) {
    field(out, iam, 'serviceRoleARN', 'role', ['iam']);
    field(out, iam, 'fargatePodExecutionRoleARN', 'role', ['iam']);
    field(out, iam, 'serviceRolePermissionsBoundary', 'policy', ['iam']);
    field(out, iam, 'fargatePodExecutionRolePermissionsBoundary', 'policy', ['iam']);
    for (const [sa, i] of objects(iam['serviceAccounts'])) {
      const at = ['iam', 'serviceAccounts', i];
      field(out, sa, 'attachRoleARN', 'role', at);
      field(out, sa, 'permissionsBoundary', 'policy', at);
      listField(out, sa, 'attachPolicyARNs', 'policy', at);
    }
    for (const [pia, i] of objects(iam['podIdentityAssociations'])) association(out, pia, ['iam', 'podIdentityAssociations', i]);
  }
  for (const [addon, i] of objects(config.addons)) {
    const at = ['addons', i];
    field(out, addon, 'serviceAccountRoleARN', 'role', at);
    field(out, addon, 'permissionsBoundary', 'policy', at);
    listField(out, addon, 'attachPolicyARNs', 'policy', at);
    for (const [pia, j] of objects(addon['podIdentityAssociations']))
      association(out, pia, ['addons', i, 'podIdentityAssociations', j]);
  }
  for (const key of ['managedNodeGroups', 'nodeGroups'] as const) {
    for (const [ng, i] of objects(config[key])) {
      const ngIam = ng['iam'];
      if (!isObj(ngIam)) continue;
      const at = [key, i, 'iam'];
      field(out, ngIam, 'instanceRoleARN', 'role', at);
      field(out, ngIam, 'instanceProfileARN', 'instance-profile', at);
      field(out, ngIam, 'instanceRolePermissionsBoundary', 'policy', at);
      listField(out, ngIam, 'attachPolicyARNs', 'policy', at);
    }
  }
  for (const [fp, i] of objects(config.fargateProfiles)) field(out, fp, 'podExecutionRoleARN', 'role', ['fargateProfiles', i]);
  const auto: unknown = config.autoModeConfig;
  if (isObj(auto)) {
    field(out, auto, 'nodeRoleARN', 'role', ['autoModeConfig']);
    field(out, auto, 'permissionsBoundaryARN', 'policy', ['autoModeConfig']);
  }
  for (const [cap, i] of objects(config.capabilities)) {
    const at = ['capabilities', i];
    field(out, cap, 'roleArn', 'role', at);
    field(out, cap, 'permissionsBoundary', 'policy', at);
    listField(out, cap, 'attachPolicyARNs', 'policy', at);
  }
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
  needs: ['iam', 'addons', 'managedNodeGroups', 'nodeGroups', 'fargateProfiles', 'autoModeConfig', 'capabilities'],
  checkConfig({ config }) {
    return check(config);
  },
});
