import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, nonEmpty, objects, problemAt, type Obj } from '../../facts/config-values.js';
import { parseArn } from './kms-arn.js';

const STANDARD = ['', 'STANDARD', 'EC2'];
const NODE_TYPES = ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE_LINUX', 'HYBRID_LINUX'];

/** eksctl `validateAccessEntries` for one entry (the first problem), given the principals seen before it. */
function entryProblem(ae: Obj, path: string, seen: Set<string>): string | undefined {
  const principal = ae['principalARN'];
  if (!filled(principal)) return `${path}.principalARN must be set to a valid AWS ARN`;
  const type = ae['type'] === undefined ? '' : ae['type'];
  if (typeof type !== 'string' || (!STANDARD.includes(type) && !NODE_TYPES.includes(type)))
    return `invalid access entry type "${String(type)}" for ${path}`;
  if (NODE_TYPES.includes(type)) {
    if (nonEmpty(ae['kubernetesGroups']) || filled(ae['kubernetesUsername']))
      return `cannot specify ${path}.kubernetesGroups nor ${path}.kubernetesUsername when type is set to ${type}`;
    if (nonEmpty(ae['accessPolicies'])) return `cannot specify ${path}.accessPolicies when type is set to ${type}`;
  }
  for (let n = 0, items = objects(ae['accessPolicies']); n < items.length; n++) {
    const ap = items[n]![0];
    const policy = ap['policyARN'];
    if (!filled(policy)) return `${path}.policyARN must be set to a valid AWS ARN`;
    const parts = (parseArn(policy)?.resource ?? '').split('/');
    if (parts.length < 2) return `invalid ${path}.policyARN`;
    if (parts[0] !== 'cluster-access-policy') return `${path}.policyARN must be a cluster-access-policy resource`;
    const scope = isObj(ap['accessScope']) ? ap['accessScope'] : {};
    const scopeType = scope['type'] ?? '';
    if (scopeType === '') return `${path}.accessScope.type must be set to either "namespace" or "cluster"`;
    if (scopeType === 'cluster') {
      if (nonEmpty(scope['namespaces']))
        return `cannot specify ${path}.accessScope.namespaces when accessScope is set to cluster`;
    } else if (scopeType === 'namespace') {
      if (!nonEmpty(scope['namespaces']))
        return `at least one namespace must be specified when accessScope is set to namespace: (${path})`;
    } else return `invalid access scope type "${String(scopeType)}" for ${path}`;
    const named = accessPolicyNameProblem(policy, path);
    if (named) return named;
  }
  // Not eksctl's check but EKS's (CreateAccessEntry): a principal is an IAM role or user. A role session from
  // `aws sts get-caller-identity` (arn:aws:sts::…:assumed-role/…) or an IAM group is refused with
  // InvalidParameterException, after the cluster was created.
  const resource = parseArn(principal)?.resource ?? '';
  if (!resource.startsWith('role/') && !resource.startsWith('user/'))
    return `EKS: the principalArn of ${path} must be an IAM role or user ARN (arn:aws:iam::<account>:role/<name>), not "${principal}"`;
  if (seen.has(principal)) return `duplicate access entry ${path} with principal ARN "${principal}"`;
  seen.add(principal);
  return reservedName(ae);
}

/** An EKS access policy's name: letters and digits ending in Policy (AmazonEKSClusterAdminPolicy, AmazonAIOpsAssistantPolicy). */
const ACCESS_POLICY_NAME = /^[A-Za-z0-9]+Policy$/;

/**
 * Not eksctl's check but EKS's (AssociateAccessPolicy, in the cluster stack): access policies are AWS's own,
 * arn:<partition>:eks::aws:cluster-access-policy/<name>, and every name ends in Policy. eksctl checks only the
 * resource type, so a name without its suffix (AmazonEKSClusterAdmin, copied from the console's list) or an ARN with
 * an account id fails the stack after the control plane was created. Names are not matched against a list: AWS
 * adds access policies with new features.
 */
function accessPolicyNameProblem(policy: string, path: string): string | undefined {
  const arn = parseArn(policy);
  const name = arn?.resource.slice('cluster-access-policy/'.length) ?? '';
  if (arn && arn.service === 'eks' && arn.account === 'aws' && arn.region === '' && ACCESS_POLICY_NAME.test(name))
    return undefined;
  return `EKS: ${path}.policyARN "${policy}" names no access policy (arn:aws:eks::aws:cluster-access-policy/<name>, names ending in Policy)`;
}

/** Prefixes EKS keeps for itself in an access entry's username (set-custom-username.html). */
const RESERVED_USERNAME = ['system:', 'eks:', 'aws:', 'amazon:', 'iam:'];

/**
 * Not eksctl's check but EKS's (CreateAccessEntry, after the cluster was created): Kubernetes groups and the
 * username are the entry's own, so none may claim the names Kubernetes and EKS reserve. The usual case is an
 * entry copied from aws-auth with `system:masters`, refused with "The kubernetes group name system:masters is
 * invalid, it cannot start with system:" (AmazonEKSClusterAdminPolicy is how an access entry grants that).
 */
function reservedName(ae: Obj): string | undefined {
  const groups = ae['kubernetesGroups'];
  if (Array.isArray(groups)) {
    for (let g = 0; g < groups.length; g++) {
      const group: unknown = groups[g];
      if (typeof group === 'string' && group.startsWith('system:'))
        return `EKS: The kubernetes group name ${group} is invalid, it cannot start with system:`;
    }
  }
  const username = ae['kubernetesUsername'];
  if (typeof username === 'string') {
    const prefix = RESERVED_USERNAME.find((p) => username.startsWith(p));
    if (prefix) return `EKS: the username "${username}" can't start with system:, eks:, aws:, amazon:, or iam:`;
  }
  return undefined;
}

/** eksctl-rules.md #84 (entries): principal, type, access policies and scopes of `accessConfig.accessEntries`. */
export const accessEntryFields = defineConfigRule({
  id: 'eksctl.access-entry-fields',
  severity: 'error',
  area: 'cluster',
  eksctl: [84],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/access_entry.go',
  text: {
    en: {
      message: 'An access entry of cluster {{cluster}} is invalid; eksctl or EKS refuses it ("{{problem}}").',
      fix: 'Give each access entry its own principalARN, the ARN of an IAM role or user (for a role you assumed, arn:aws:iam::<account>:role/<name>, not the arn:aws:sts::…:assumed-role/… session); node types (EC2_LINUX, EC2_WINDOWS, FARGATE_LINUX, HYBRID_LINUX) take no groups, username or policies; groups may not start with system: (for cluster admin, associate AmazonEKSClusterAdminPolicy), a username not with system:, eks:, aws:, amazon: or iam:; policies are arn:aws:eks::aws:cluster-access-policy/... with accessScope type cluster (no namespaces) or namespace (with namespaces).',
    },
    ja: {
      message: 'クラスター {{cluster}} のアクセスエントリが無効です。eksctl または EKS はこれを拒否します (「{{problem}}」)。',
      fix: '各アクセスエントリに固有の principalARN として IAM ロールまたはユーザーの ARN を設定してください (引き受けたロールなら arn:aws:sts::…:assumed-role/… のセッションではなく arn:aws:iam::<account>:role/<name>)。ノード用のタイプ (EC2_LINUX、EC2_WINDOWS、FARGATE_LINUX、HYBRID_LINUX) にはグループ、ユーザー名、ポリシーを指定できません。グループは system: で始められず (クラスター管理者には AmazonEKSClusterAdminPolicy を関連付けます)、ユーザー名は system:、eks:、aws:、amazon:、iam: で始められません。ポリシーは arn:aws:eks::aws:cluster-access-policy/... で、accessScope の type は cluster (名前空間なし) か namespace (名前空間あり) にしてください。',
    },
  },
  needs: ['accessConfig.accessEntries'],
  checkConfig({ config }) {
    const ac: unknown = config.accessConfig;
    if (!isObj(ac)) return [];
    const out: ConfigFinding[] = [];
    const seen = new Set<string>();
    for (let n = 0, items = objects(ac['accessEntries']); n < items.length; n++) {
      const ae = items[n]![0];
      const i = items[n]![1];
      const problem = entryProblem(ae, `accessEntries[${i}]`, seen);
      if (problem) out.push(problemAt(['accessConfig', 'accessEntries', i], problem));
    }
    return out;
  },
});
