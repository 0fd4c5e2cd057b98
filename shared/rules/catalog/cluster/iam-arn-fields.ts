import { isObj, type Obj } from '../../facts/config-values.js';
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

/** The objects of a list field, by index (no tuples: this runs for every cluster on every validation). */
function eachObject(list: unknown, visit: (item: Obj, i: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isObj(item)) visit(item, i);
  }
}

/**
 * Every field eksctl hands to IAM, EKS or CloudFormation as the ARN of an IAM role, instance profile or managed
 * policy (AWS::EKS::Cluster RoleArn, Nodegroup NodeRole, FargateProfile PodExecutionRoleArn, the IRSA and Pod
 * Identity roles, ManagedPolicyArns, PermissionsBoundary). Access entries and the KMS key have rules of their own.
 * IAM_ARN_NEEDS below names the same fields: change both together.
 */
export function forEachIamArnField(config: EksctlClusterConfig, visit: IamArnVisitor): void {
  const iam: unknown = config.iam;
  if (isObj(iam)) {
    field(visit, iam, 'serviceRoleARN', 'role', ['iam']);
    field(visit, iam, 'fargatePodExecutionRoleARN', 'role', ['iam']);
    field(visit, iam, 'serviceRolePermissionsBoundary', 'policy', ['iam']);
    field(visit, iam, 'fargatePodExecutionRolePermissionsBoundary', 'policy', ['iam']);
    eachObject(iam['serviceAccounts'], (sa, i) => {
      const at = ['iam', 'serviceAccounts', i];
      field(visit, sa, 'attachRoleARN', 'role', at);
      field(visit, sa, 'permissionsBoundary', 'policy', at);
      listField(visit, sa, 'attachPolicyARNs', 'policy', at);
    });
    eachObject(iam['podIdentityAssociations'], (pia, i) => association(visit, pia, ['iam', 'podIdentityAssociations', i]));
  }
  eachObject(config.addons, (addon, i) => {
    const at = ['addons', i];
    field(visit, addon, 'serviceAccountRoleARN', 'role', at);
    field(visit, addon, 'permissionsBoundary', 'policy', at);
    listField(visit, addon, 'attachPolicyARNs', 'policy', at);
    eachObject(addon['podIdentityAssociations'], (pia, j) =>
      association(visit, pia, ['addons', i, 'podIdentityAssociations', j]),
    );
  });
  for (let k = 0; k < NODE_GROUP_LISTS.length; k++) {
    const key = NODE_GROUP_LISTS[k]!;
    eachObject(config[key], (ng, i) => {
      const ngIam = ng['iam'];
      if (!isObj(ngIam)) return;
      const at = [key, i, 'iam'];
      field(visit, ngIam, 'instanceRoleARN', 'role', at);
      field(visit, ngIam, 'instanceProfileARN', 'instance-profile', at);
      field(visit, ngIam, 'instanceRolePermissionsBoundary', 'policy', at);
      listField(visit, ngIam, 'attachPolicyARNs', 'policy', at);
    });
  }
  eachObject(config.fargateProfiles, (fp, i) => field(visit, fp, 'podExecutionRoleARN', 'role', ['fargateProfiles', i]));
  const auto: unknown = config.autoModeConfig;
  if (isObj(auto)) {
    field(visit, auto, 'nodeRoleARN', 'role', ['autoModeConfig']);
    field(visit, auto, 'permissionsBoundaryARN', 'policy', ['autoModeConfig']);
  }
  eachObject(config.capabilities, (cap, i) => {
    const at = ['capabilities', i];
    field(visit, cap, 'roleArn', 'role', at);
    field(visit, cap, 'permissionsBoundary', 'policy', at);
    listField(visit, cap, 'attachPolicyARNs', 'policy', at);
  });
}

const NODE_GROUP_LISTS = ['managedNodeGroups', 'nodeGroups'] as const;

/** The path of a visited field. */
export function iamArnPath(at: readonly PathSegment[], key: string, index: number | undefined): PathSegment[] {
  return index === undefined ? [...at, key] : [...at, key, index];
}

/**
 * The fields forEachIamArnField visits, for the rules' `needs`: a config without any of them (most drawn
 * clusters: eksctl makes the roles) has nothing for the IAM ARN rules to check.
 */
export const IAM_ARN_NEEDS: readonly ConfigNeed[] = [
  'iam.serviceRoleARN',
  'iam.fargatePodExecutionRoleARN',
  'iam.serviceRolePermissionsBoundary',
  'iam.fargatePodExecutionRolePermissionsBoundary',
  'iam.serviceAccounts[].attachRoleARN',
  'iam.serviceAccounts[].permissionsBoundary',
  'iam.serviceAccounts[].attachPolicyARNs',
  'iam.podIdentityAssociations[].roleARN',
  'iam.podIdentityAssociations[].targetRoleARN',
  'iam.podIdentityAssociations[].permissionsBoundaryARN',
  'iam.podIdentityAssociations[].permissionPolicyARNs',
  'addons[].serviceAccountRoleARN',
  'addons[].permissionsBoundary',
  'addons[].attachPolicyARNs',
  'addons[].podIdentityAssociations[].roleARN',
  'addons[].podIdentityAssociations[].targetRoleARN',
  'addons[].podIdentityAssociations[].permissionsBoundaryARN',
  'addons[].podIdentityAssociations[].permissionPolicyARNs',
  'managedNodeGroups[].iam.instanceRoleARN',
  'managedNodeGroups[].iam.instanceProfileARN',
  'managedNodeGroups[].iam.instanceRolePermissionsBoundary',
  'managedNodeGroups[].iam.attachPolicyARNs',
  'nodeGroups[].iam.instanceRoleARN',
  'nodeGroups[].iam.instanceProfileARN',
  'nodeGroups[].iam.instanceRolePermissionsBoundary',
  'nodeGroups[].iam.attachPolicyARNs',
  'fargateProfiles[].podExecutionRoleARN',
  'autoModeConfig.nodeRoleARN',
  'autoModeConfig.permissionsBoundaryARN',
  'capabilities[].roleArn',
  'capabilities[].permissionsBoundary',
  'capabilities[].attachPolicyARNs',
];
