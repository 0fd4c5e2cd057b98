import { formatPath, type PathSegment } from '../../../util/locate.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, nonEmpty, obj, str, type Obj } from '../node-groups/config-node-groups.js';

/** Notes the role name at `path` (IAM compares role names without regard to case). */
function note(seen: Map<string, PathSegment[]>, name: string | undefined, path: PathSegment[], out: ConfigFinding[]): void {
  if (name === undefined || name === '') return;
  const key = name.toLowerCase();
  const first = seen.get(key);
  if (first === undefined) seen.set(key, path);
  else out.push({ path, params: { roleName: name, other: formatPath(first) } });
}

/**
 * Role names a ClusterConfig gives outright go to IAM as they are, one CloudFormation stack per role
 * (a node group's iam.instanceRoleName, iam.serviceAccounts[].roleName, and the roleName of pod identity
 * associations, also an add-on's), unless an existing role is named instead (instanceRoleARN, attachRoleARN,
 * roleARN). Role names are unique in an account regardless of case, so the second stack with the same name
 * fails ("already exists"); eksctl does not compare them first.
 */
export const iamRoleNameUnique = defineConfigRule({
  id: 'cluster.iam-role-name-unique',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names',
  text: {
    en: {
      message:
        'Cluster {{cluster}} gives the IAM role name "{{roleName}}" at {{path}} and at {{other}}: eksctl creates a role for each in its own stack, and IAM role names are unique in an account (whatever their case), so the second stack fails.',
      fix: 'Give each role its own name, or let eksctl name them (leave roleName out); to share one role, create it once and refer to it by ARN (roleARN, attachRoleARN or instanceRoleARN).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は {{path}} と {{other}} に同じ IAM ロール名「{{roleName}}」を指定しています。eksctl はそれぞれのロールを別のスタックで作成しますが、IAM ロール名はアカウント内で (大文字小文字を問わず) 一意なので、2 つ目のスタックが失敗します。',
      fix: 'ロールごとに別の名前を付けるか、roleName を省略して eksctl に名前を付けさせてください。1 つのロールを共有するには、ロールを一度作成して ARN (roleARN、attachRoleARN、instanceRoleARN) で参照してください。',
    },
  },
  needs: [
    'managedNodeGroups[].iam.instanceRoleName',
    'nodeGroups[].iam.instanceRoleName',
    'iam.serviceAccounts[].roleName',
    'iam.podIdentityAssociations[].roleName',
    'addons[].podIdentityAssociations[].roleName',
  ],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const seen = new Map<string, PathSegment[]>();
    const c = config as unknown as Obj;
    for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
      const groups = arr(c[list]);
      for (let i = 0; i < groups.length; i++) {
        const iam = obj(obj(groups[i])['iam']);
        if (!nonEmpty(iam['instanceRoleARN']))
          note(seen, str(iam['instanceRoleName']), [list, i, 'iam', 'instanceRoleName'], out);
      }
    }
    const iam = obj(c['iam']);
    const accounts = arr(iam['serviceAccounts']);
    for (let i = 0; i < accounts.length; i++) {
      const sa = obj(accounts[i]);
      if (!nonEmpty(sa['attachRoleARN'])) note(seen, str(sa['roleName']), ['iam', 'serviceAccounts', i, 'roleName'], out);
    }
    const associations = arr(iam['podIdentityAssociations']);
    for (let i = 0; i < associations.length; i++) {
      const pia = obj(associations[i]);
      if (!nonEmpty(pia['roleARN'])) note(seen, str(pia['roleName']), ['iam', 'podIdentityAssociations', i, 'roleName'], out);
    }
    const addons = arr(c['addons']);
    for (let a = 0; a < addons.length; a++) {
      const own = arr(obj(addons[a])['podIdentityAssociations']);
      for (let j = 0; j < own.length; j++) {
        const pia = obj(own[j]);
        if (!nonEmpty(pia['roleARN']))
          note(seen, str(pia['roleName']), ['addons', a, 'podIdentityAssociations', j, 'roleName'], out);
      }
    }
    return out;
  },
});
