import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { forEachConfigIamName, IAM_NAME_KIND, IAM_NAME_KIND_JA, type IamNameKind } from './config-iam-names.js';

/**
 * IAM role, inline policy and instance profile names: "upper and lowercase alphanumeric characters with no
 * spaces" and _+=,.@- (CreateRole, PutRolePolicy, CreateInstanceProfile: pattern [\w+=,.@-]+). eksctl checks
 * none of the names a config writes outright (config-iam-names.ts) and puts them in a CloudFormation stack as
 * they are, so a name with a space, a slash (a role path is not part of the name) or a letter outside ASCII
 * gets past validation and the stack fails after the control plane is made. Lengths are
 * cluster.eksctl-name-length's.
 */
const IAM_NAME = /^[\w+=,.@-]+$/;

/** The field of the IAM request that carries each kind of name, as IAM's refusal names it. */
const FIELD: Record<IamNameKind, string> = { role: 'roleName', policy: 'policyName', profile: 'instanceProfileName' };

export const iamNameCharacters = defineConfigRule({
  id: 'cluster.iam-name-characters',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} names the {{kind}} "{{name}}" at {{path}}, and IAM refuses that name ("{{problem}}"): the CloudFormation stack eksctl creates it in fails, after the control plane is made.',
      fix: 'Write the name at {{path}} with letters, digits and _+=,.@- only (no spaces or slashes), or leave it out and let eksctl name it.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は {{path}} で {{kindJa}} に「{{name}}」という名前を付けていますが、IAM はこの名前を拒否します（「{{problem}}」）。eksctl がこれを作成する CloudFormation スタックが、コントロールプレーンの作成後に失敗します。',
      fix: '{{path}} の名前には英数字と _+=,.@- だけを使う（空白やスラッシュは使わない）か、名前を省略して eksctl に付けさせてください。',
    },
  },
  needs: [
    'managedNodeGroups[].iam.instanceRoleName',
    'nodeGroups[].iam.instanceRoleName',
    'iam.serviceAccounts[].roleName',
    'iam.podIdentityAssociations[].roleName',
    'iam.podIdentityAssociations[].permissionPolicyName',
    'addons[].podIdentityAssociations[].roleName',
    'addons[].podIdentityAssociations[].permissionPolicyName',
    'karpenter.defaultInstanceProfile',
  ],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    forEachConfigIamName(config, (kind, path, written, prefix) => {
      // The prefix eksctl puts before a policy name is a stack name, whose characters IAM takes.
      if (IAM_NAME.test(written)) return;
      const problem = `Value '${prefix}${written}' at '${FIELD[kind]}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`;
      out.push({ path, params: { kind: IAM_NAME_KIND[kind], kindJa: IAM_NAME_KIND_JA[kind], name: written, problem } });
    });
    return out;
  },
});
