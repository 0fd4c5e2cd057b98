import type { PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, nonEmpty, obj, type Obj } from '../node-groups/config-node-groups.js';

/** IAM's quota of managed policies attached to one role: 10 by default, at most 20 after an increase. */
const DEFAULT_QUOTA = 10;
const MAX_QUOTA = 20;

/** Adds a finding when the managed policy list `list` (at `path`) of one role goes beyond IAM's quota. */
function count(out: ConfigFinding[], list: unknown, path: PathSegment[]): void {
  const n = arr(list).length;
  if (n <= DEFAULT_QUOTA) return;
  out.push({ path, params: { count: n }, ...(n <= MAX_QUOTA ? { severity: 'warning' as const } : {}) });
}

/**
 * eksctl creates one IAM role per node group, IRSA service account, pod identity association and add-on with its
 * own policies, and attaches the managed policies the config lists to it in CloudFormation (ManagedPolicyArns).
 * IAM attaches at most 10 managed policies to a role unless the account's quota was raised, and never more than
 * 20 ("Cannot exceed quota for PoliciesPerRole"), so the stack that creates the role fails: an error over 20, a
 * warning over 10 (this app cannot see the account's quota). Roles given by ARN are not eksctl's to create.
 */
export const iamRolePolicyCount = defineConfigRule({
  id: 'cluster.iam-role-policy-count',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entities',
  text: {
    en: {
      message:
        'Cluster {{cluster}} attaches {{count}} managed policies to one IAM role ({{path}}): IAM attaches at most 10 to a role unless the account\'s quota was raised, and never more than 20, so the stack eksctl creates the role in fails ("Cannot exceed quota for PoliciesPerRole").',
      fix: 'Combine the permissions into fewer policies (one customer managed policy, or an inline attachPolicy / permissionPolicy document), or ask for an increase of "Managed policies per role" in Service Quotas (up to 20).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は 1 つの IAM ロールに {{count}} 個のマネージドポリシーを付けています ({{path}})。IAM はアカウントのクォータを引き上げない限り 1 つのロールに 10 個まで、引き上げても 20 個までしか付けられないため、eksctl がロールを作成するスタックが失敗します (「Cannot exceed quota for PoliciesPerRole」)。',
      fix: '権限をより少ないポリシー (1 つのカスタマー管理ポリシー、またはインラインの attachPolicy / permissionPolicy ドキュメント) にまとめるか、Service Quotas で「Managed policies per role」の引き上げ (20 まで) を申請してください。',
    },
  },
  needs: [
    'managedNodeGroups[].iam.attachPolicyARNs',
    'nodeGroups[].iam.attachPolicyARNs',
    'iam.serviceAccounts[].attachPolicyARNs',
    'iam.podIdentityAssociations[].permissionPolicyARNs',
    'addons[].attachPolicyARNs',
    'addons[].podIdentityAssociations[].permissionPolicyARNs',
  ],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const c = config as unknown as Obj;
    for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
      const groups = arr(c[list]);
      for (let i = 0; i < groups.length; i++) {
        const iam = obj(obj(groups[i])['iam']);
        if (!nonEmpty(iam['instanceRoleARN'])) count(out, iam['attachPolicyARNs'], [list, i, 'iam', 'attachPolicyARNs']);
      }
    }
    const iam = obj(c['iam']);
    const accounts = arr(iam['serviceAccounts']);
    for (let i = 0; i < accounts.length; i++) {
      const sa = obj(accounts[i]);
      if (!nonEmpty(sa['attachRoleARN'])) count(out, sa['attachPolicyARNs'], ['iam', 'serviceAccounts', i, 'attachPolicyARNs']);
    }
    const associations = arr(iam['podIdentityAssociations']);
    for (let i = 0; i < associations.length; i++) {
      const pia = obj(associations[i]);
      if (!nonEmpty(pia['roleARN']))
        count(out, pia['permissionPolicyARNs'], ['iam', 'podIdentityAssociations', i, 'permissionPolicyARNs']);
    }
    const addons = arr(c['addons']);
    for (let a = 0; a < addons.length; a++) {
      const addon = obj(addons[a]);
      if (!nonEmpty(addon['serviceAccountRoleARN'])) count(out, addon['attachPolicyARNs'], ['addons', a, 'attachPolicyARNs']);
      const own = arr(addon['podIdentityAssociations']);
      for (let j = 0; j < own.length; j++) {
        const pia = obj(own[j]);
        if (!nonEmpty(pia['roleARN']))
          count(out, pia['permissionPolicyARNs'], ['addons', a, 'podIdentityAssociations', j, 'permissionPolicyARNs']);
      }
    }
    return out;
  },
});
