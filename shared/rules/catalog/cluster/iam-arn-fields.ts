import { isObj, objects, type Obj } from '../../facts/config-values.js';
import type { PathSegment } from '../../../util/locate.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import type { ConfigNeed } from '../../config-needs.js';

/** The kind of IAM resource a field of the config names by ARN. */
export type IamArnKind = 'role' | 'instance-profile' | 'policy';

/**
 * Called for each IAM ARN field that holds a value: the value, the kind of resource it must name, and where it
 * is (`at` the owner, then `key`, then `index` for an entry of a list). The path is built only by a visitor that
 * reports, so walking a config with no problem allocates nothing per field.
 */
export type IamArnVisitor = (
  value: unknown,
  expected: IamArnKind,
  at: readonly PathSegment[],
  key: string,
  index: number | undefined,
) => void;

function field(visit: IamArnVisitor, owner: Obj, key: string, expected: IamArnKind, at: readonly PathSegment[]): void {
  const value = owner[key];
  if (value !== undefined) visit(value, expected, at, key, undefined);
}

function listField(visit: IamArnVisitor, owner: Obj, key: string, expected: IamArnKind, at: readonly PathSegment[]): void {
  const items = owner[key];
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) visit(items[i], expected, at, key, i);
}

function association(visit: IamArnVisitor, pia: Obj, at: readonly PathSegment[]): void {
  field(visit, pia, 'roleARN', 'role', at);
  field(visit, pia, 'targetRoleARN', 'role', at);
  field(visit, pia, 'permissionsBoundaryARN', 'policy', at);
  listField(visit, pia, 'permissionPolicyARNs', 'policy', at);
}

/**
 * Every field eksctl hands to IAM, EKS or CloudFormation as the ARN of an IAM role, instance profile or managed
 * policy (AWS::EKS::Cluster RoleArn, Nodegroup NodeRole, FargateProfile PodExecutionRoleArn, the IRSA and Pod
 * Identity roles, ManagedPolicyArns, PermissionsBoundary). Access entries and the KMS key have rules of their own.
 */
export function forEachIamArnField(config: EksctlClusterConfig, visit: IamArnVisitor): void {
  const iam: unknown = config.iam;
  if (isObj(iam)) {
    field(visit, iam, 'serviceRoleARN', 'role', ['iam']);
    field(visit, iam, 'fargatePodExecutionRoleARN', 'role', ['iam']);
    field(visit, iam, 'serviceRolePermissionsBoundary', 'policy', ['iam']);
    field(visit, iam, 'fargatePodExecutionRolePermissionsBoundary', 'policy', ['iam']);
    for (const [sa, i] of objects(iam['serviceAccounts'])) {
      const at = ['iam', 'serviceAccounts', i];
      field(visit, sa, 'attachRoleARN', 'role', at);
      field(visit, sa, 'permissionsBoundary', 'policy', at);
      listField(visit, sa, 'attachPolicyARNs', 'policy', at);
    }
    for (const [pia, i] of objects(iam['podIdentityAssociations']))
      association(visit, pia, ['iam', 'podIdentityAssociations', i]);
  }
  for (const [addon, i] of objects(config.addons)) {
    const at = ['addons', i];
    field(visit, addon, 'serviceAccountRoleARN', 'role', at);
    field(visit, addon, 'permissionsBoundary', 'policy', at);
    listField(visit, addon, 'attachPolicyARNs', 'policy', at);
    for (const [pia, j] of objects(addon['podIdentityAssociations']))
      association(visit, pia, ['addons', i, 'podIdentityAssociations', j]);
  }
  for (const key of ['managedNodeGroups', 'nodeGroups'] as const) {
    for (const [ng, i] of objects(config[key])) {
      const ngIam = ng['iam'];
      if (!isObj(ngIam)) continue;
      const at = [key, i, 'iam'];
      field(visit, ngIam, 'instanceRoleARN', 'role', at);
      field(visit, ngIam, 'instanceProfileARN', 'instance-profile', at);
      field(visit, ngIam, 'instanceRolePermissionsBoundary', 'policy', at);
      listField(visit, ngIam, 'attachPolicyARNs', 'policy', at);
    }
  }
  for (const [fp, i] of objects(config.fargateProfiles)) field(visit, fp, 'podExecutionRoleARN', 'role', ['fargateProfiles', i]);
  const auto: unknown = config.autoModeConfig;
  if (isObj(auto)) {
    field(visit, auto, 'nodeRoleARN', 'role', ['autoModeConfig']);
    field(visit, auto, 'permissionsBoundaryARN', 'policy', ['autoModeConfig']);
  }
  for (const [cap, i] of objects(config.capabilities)) {
    const at = ['capabilities', i];
    field(visit, cap, 'roleArn', 'role', at);
    field(visit, cap, 'permissionsBoundary', 'policy', at);
    listField(visit, cap, 'attachPolicyARNs', 'policy', at);
  }
}

/** The path of a visited field. */
export function iamArnPath(at: readonly PathSegment[], key: string, index: number | undefined): PathSegment[] {
  return index === undefined ? [...at, key] : [...at, key, index];
}

/** The IAM ARN fields' config keys, for the rules' `needs`. */
export const IAM_ARN_NEEDS: readonly ConfigNeed[] = [
  'iam',
  'addons',
  'managedNodeGroups',
  'nodeGroups',
  'fargateProfiles',
  'autoModeConfig',
  'capabilities',
];
