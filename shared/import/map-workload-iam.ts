/**
 * cluster.yaml's roles of workloads -> workload parts. The export writes a workload's role (it calls AWS APIs and
 * lists IAM policy ARNs) as `iam.serviceAccounts` `{metadata, attachPolicyARNs, roleName, roleOnly: true}` or
 * `iam.podIdentityAssociations` `{namespace, serviceAccountName, roleName, permissionPolicyARNs}`, with the role
 * named `<cluster>-<namespace>-<account>` (shared/model/workload-role.ts). An entry of exactly that shape becomes
 * a workload again, so the round trip is lossless; any other entry (a controller's, one with more fields or
 * another role name) stays in the cluster's `extra` and is written back as it was.
 */
import { isIamPolicyArn } from '../model/iam-policy-arn.js';
import { workloadRoleNameOf } from '../model/workload-role.js';
import { isObj, list, obj, str, type Obj } from './values.js';

export interface WorkloadRole {
  name: string;
  namespace: string;
  policyArns: string[];
}

const SA_KEYS = new Set(['metadata', 'attachPolicyARNs', 'roleName', 'roleOnly']);
const PIA_KEYS = new Set(['namespace', 'serviceAccountName', 'roleName', 'permissionPolicyARNs']);

function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  return Object.keys(o).every((k) => allowed.has(k));
}

function policyList(value: unknown): string[] | undefined {
  const arns = list(value);
  if (arns.length === 0 || arns.length > 20 || !arns.every((a) => typeof a === 'string' && isIamPolicyArn(a))) return undefined;
  const out = arns as string[];
  return new Set(out).size === out.length ? out : undefined;
}

function fromServiceAccount(entry: unknown, clusterName: string): WorkloadRole | undefined {
  if (!isObj(entry) || !onlyKeys(entry, SA_KEYS) || entry['roleOnly'] !== true) return undefined;
  const meta = entry['metadata'];
  if (!isObj(meta) || !onlyKeys(meta, new Set(['name', 'namespace']))) return undefined;
  const name = str(meta['name']);
  const namespace = str(meta['namespace']);
  const policyArns = policyList(entry['attachPolicyARNs']);
  if (!name || !namespace || !policyArns) return undefined;
  if (entry['roleName'] !== workloadRoleNameOf(clusterName, namespace, name)) return undefined;
  return { name, namespace, policyArns };
}

function fromAssociation(entry: unknown, clusterName: string): WorkloadRole | undefined {
  if (!isObj(entry) || !onlyKeys(entry, PIA_KEYS)) return undefined;
  const name = str(entry['serviceAccountName']);
  const namespace = str(entry['namespace']);
  const policyArns = policyList(entry['permissionPolicyARNs']);
  if (!name || !namespace || !policyArns) return undefined;
  if (entry['roleName'] !== workloadRoleNameOf(clusterName, namespace, name)) return undefined;
  return { name, namespace, policyArns };
}

/**
 * The workloads whose roles the config's `iam` holds, and a function that deletes their entries from a copy of
 * the cluster's extra (so a workload deleted on the canvas takes its role with it).
 */
export function workloadRoles(config: Obj, clusterName: string): { roles: WorkloadRole[]; dropFrom: (extra: Obj) => void } {
  const iam = obj(config['iam']);
  const roles: WorkloadRole[] = [];
  const seen = new Set<string>();
  const take = (role: WorkloadRole | undefined): boolean => {
    if (!role || seen.has(`${role.namespace}/${role.name}`)) return false;
    seen.add(`${role.namespace}/${role.name}`);
    roles.push(role);
    return true;
  };
  const keepSa = list(iam['serviceAccounts']).map((e) => !take(fromServiceAccount(e, clusterName)));
  const keepPia = list(iam['podIdentityAssociations']).map((e) => !take(fromAssociation(e, clusterName)));
  const dropFrom = (extra: Obj): void => {
    const x = extra['iam'];
    if (!isObj(x)) return;
    for (const [key, keep] of [
      ['serviceAccounts', keepSa],
      ['podIdentityAssociations', keepPia],
    ] as const) {
      if (!Array.isArray(x[key])) continue;
      const kept = (x[key] as unknown[]).filter((_, i) => keep[i] !== false);
      if (kept.length > 0) x[key] = kept;
      else delete x[key];
    }
    if (Object.keys(x).length === 0) delete extra['iam'];
  };
  return { roles, dropFrom };
}
