/**
 * The IAM names a ClusterConfig writes outright, which eksctl hands to IAM (through a CloudFormation stack) as
 * they are, without checking them (pkg/apis/eksctl.io/v1alpha5/validation.go checks none but
 * permissionPolicyName, and that only for one letter or digit):
 *
 * - role names: a node group's iam.instanceRoleName (pkg/cfn/builder/iam_helper.go, RoleName),
 *   iam.serviceAccounts[].roleName and the roleName of a pod identity association, also an add-on's
 *   (pkg/cfn/builder/iam.go, IAMRoleResourceSet.roleName), unless an existing role is named instead
 *   (attachRoleARN, roleARN);
 * - inline policy names: a pod identity association's permissionPolicyName, which eksctl writes as
 *   `${AWS::StackName}-<name>` (pkg/cfn/template/iam_helpers.go AttachPolicy, types.go MakeName), so the whole
 *   name is the association's stack name (podidentityassociation/iam_role_creator.go), "-" and the name;
 * - instance profile names: karpenter.defaultInstanceProfile (pkg/actions/karpenter/create.go,
 *   pkg/cfn/builder/karpenter.go InstanceProfileName).
 *
 * One reading for the rules on their length (cluster.eksctl-name-length) and their characters
 * (cluster.iam-name-characters).
 */
import type { EksctlClusterConfig } from '../../config-view.js';
import type { PathSegment } from '../../../util/locate.js';
import { arr, isObj, nonEmpty, obj, str, type Obj } from '../node-groups/config-node-groups.js';

export type IamNameKind = 'role' | 'policy' | 'profile';

/** IAM's limits (CreateRole RoleName, PutRolePolicy PolicyName, CreateInstanceProfile InstanceProfileName). */
export const IAM_NAME_LIMIT: Readonly<Record<IamNameKind, number>> = { role: 64, policy: 128, profile: 128 };

export const IAM_NAME_KIND = { role: 'IAM role', policy: 'IAM inline policy', profile: 'IAM instance profile' } as const;
export const IAM_NAME_KIND_JA = {
  role: 'IAM ロール',
  policy: 'IAM インラインポリシー',
  profile: 'IAM インスタンスプロファイル',
} as const;

/**
 * Called for each name: `written` is what the config says at `path`, `prefix` what eksctl puts before it (only
 * an inline policy has one), so the name IAM gets is `prefix + written`.
 */
export type IamNameVisitor = (kind: IamNameKind, path: PathSegment[], written: string, prefix: string) => void;

/** Visits every IAM name the config writes outright; empty names are eksctl's "not set". */
export function forEachConfigIamName(config: EksctlClusterConfig, visit: IamNameVisitor): void {
  const c = config as unknown as Obj;
  const cluster = str(config.metadata?.name) ?? '';
  for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
    const groups = arr(c[list]);
    for (let i = 0; i < groups.length; i++) {
      const name = obj(obj(groups[i])['iam'])['instanceRoleName'];
      if (nonEmpty(name)) visit('role', [list, i, 'iam', 'instanceRoleName'], name, '');
    }
  }
  const iam = obj(c['iam']);
  const accounts = arr(iam['serviceAccounts']);
  for (let i = 0; i < accounts.length; i++) {
    const sa = obj(accounts[i]);
    if (nonEmpty(sa['attachRoleARN'])) continue; // an existing role: nothing is created
    const name = sa['roleName'];
    if (nonEmpty(name)) visit('role', ['iam', 'serviceAccounts', i, 'roleName'], name, '');
  }
  const associations = arr(iam['podIdentityAssociations']);
  for (let i = 0; i < associations.length; i++) {
    const pia = obj(associations[i]);
    const stack = `eksctl-${cluster}-podidentityrole-${str(pia['namespace']) ?? ''}-`;
    association(pia, ['iam', 'podIdentityAssociations', i], stack, visit);
  }
  const addons = arr(c['addons']);
  for (let a = 0; a < addons.length; a++) {
    const addon = obj(addons[a]);
    const own = arr(addon['podIdentityAssociations']);
    if (own.length === 0) continue;
    const stack = `eksctl-${cluster}-addon-${str(addon['name']) ?? ''}-podidentityrole-`;
    for (let j = 0; j < own.length; j++) association(obj(own[j]), ['addons', a, 'podIdentityAssociations', j], stack, visit);
  }
  const karpenter = c['karpenter'];
  if (isObj(karpenter) && nonEmpty(karpenter['defaultInstanceProfile']))
    visit('profile', ['karpenter', 'defaultInstanceProfile'], karpenter['defaultInstanceProfile'], '');
}

/**
 * The role and inline policy eksctl creates for a pod identity association that names no existing role;
 * `stack` is the association's stack name up to its service account name.
 */
function association(pia: Obj, at: PathSegment[], stack: string, visit: IamNameVisitor): void {
  if (nonEmpty(pia['roleARN'])) return;
  const role = pia['roleName'];
  if (nonEmpty(role)) visit('role', [...at, 'roleName'], role, '');
  // Without permissionPolicy eksctl refuses the name itself (validatePermissionPolicyName).
  const policy = pia['permissionPolicyName'];
  if (nonEmpty(policy) && isObj(pia['permissionPolicy']))
    visit('policy', [...at, 'permissionPolicyName'], policy, `${stack}${str(pia['serviceAccountName']) ?? ''}-`);
}
