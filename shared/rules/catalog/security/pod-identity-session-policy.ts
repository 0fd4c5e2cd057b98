import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj, problemAt } from '../../facts/config-values.js';

const LIST = 'iam.podIdentityAssociations';
/** CreatePodIdentityAssociation's limit on `policy` (Length Constraints: maximum 2048). */
const MAX_POLICY_CHARS = 2048;

/**
 * What EKS refuses in the session policy (`policy`) of an association, or undefined: the API takes a JSON IAM
 * policy as a string of at most 2,048 characters, and only with the automatic session tags off
 * (disableSessionTags: true). eksctl passes the fields on unchecked (pkg/actions/podidentityassociation/tasks.go),
 * so `eksctl create cluster` fails at the association, after the cluster and its node groups exist.
 */
function sessionPolicyProblem(pia: Record<string, unknown>, i: number): string | undefined {
  const policy = pia['policy'];
  if (typeof policy !== 'string' || policy === '') return undefined;
  if (pia['disableSessionTags'] !== true)
    return `${LIST}[${i}].policy needs ${LIST}[${i}].disableSessionTags: true; EKS applies a session policy only without session tags`;
  if (policy.length > MAX_POLICY_CHARS)
    return `${LIST}[${i}].policy has ${policy.length} characters; EKS takes at most ${MAX_POLICY_CHARS}`;
  if (!isJsonObject(policy)) return `${LIST}[${i}].policy is not a JSON policy document`;
  return undefined;
}

function isJsonObject(text: string): boolean {
  try {
    return isObj(JSON.parse(text));
  } catch {
    return false;
  }
}

/**
 * EKS Pod Identity session policies (CreatePodIdentityAssociation `policy`, March 2026): the request fails with
 * session tags on, a policy over 2,048 characters, or a policy that is not JSON (a YAML document in a block
 * string is a common slip, as eksctl's other policy fields take YAML objects).
 */
export const podIdentitySessionPolicy = defineConfigRule({
  id: 'sec.pod-identity-session-policy',
  severity: 'error',
  area: 'security',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreatePodIdentityAssociation.html',
  text: {
    en: {
      message:
        'The session policy of a pod identity association of cluster {{cluster}} is one EKS refuses ("{{problem}}"): eksctl passes it on unchecked, so creating the association fails after the cluster and its node groups are up.',
      fix: 'Give the association disableSessionTags: true, and write policy as a JSON string of at most 2,048 characters (e.g. \'{"Version":"2012-10-17","Statement":[...]}\'); move longer policies to the role itself.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Pod Identity の関連付けのセッションポリシーは EKS が拒否するものです (「{{problem}}」)。eksctl はこれを確認せずに渡すため、クラスターとノードグループができた後で関連付けの作成が失敗します。',
      fix: '関連付けに disableSessionTags: true を指定し、policy は 2,048 文字以内の JSON 文字列で書いてください (例: \'{"Version":"2012-10-17","Statement":[...]}\')。それより長いポリシーはロール自体に付けてください。',
    },
  },
  needs: ['iam.podIdentityAssociations[].policy'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const list: unknown = config.iam?.podIdentityAssociations;
    if (!Array.isArray(list)) return out;
    for (let i = 0; i < list.length; i++) {
      const pia: unknown = list[i];
      if (!isObj(pia)) continue;
      const problem = sessionPolicyProblem(pia, i);
      if (problem) out.push(problemAt(['iam', 'podIdentityAssociations', i, 'policy'], problem));
    }
    return out;
  },
});
