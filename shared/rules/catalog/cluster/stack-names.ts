import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, objects } from '../../facts/config-values.js';

/** CloudFormation CreateStack: StackName matches this pattern and has at most 128 characters. */
const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]*$/;
const STACK_NAME_MAX = 128;

/** CloudFormation's refusal of `stack`, in its own words (eksctl#7703, #2943), or undefined for a good name. */
export function stackNameProblem(stack: string): string | undefined {
  if (stack.length > STACK_NAME_MAX) return `Stack name cannot exceed ${STACK_NAME_MAX} characters (${stack.length})`;
  if (!STACK_NAME.test(stack))
    return `Value '${stack}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`;
  return undefined;
}

/**
 * The CloudFormation stacks eksctl names after config entries: `eksctl-<cluster>-nodegroup-<name>` for every node
 * group (pkg/cfn/manager/nodegroup.go), `eksctl-<cluster>-addon-iamserviceaccount-<namespace>-<name>` for an
 * iam.serviceAccounts entry without attachRoleARN (manager/iam.go) and `eksctl-<cluster>-podidentityrole-<namespace>-
 * <serviceAccountName>` for a pod identity association without roleARN (podidentityassociation/iam_role_creator.go).
 * eksctl checks none of these names, so a long cluster name with a long service account, or a managed node group
 * named with "_" (EKS allows it), gets past validation and fails at CreateStack after the control plane is made.
 */
export const stackNames = defineConfigRule({
  id: 'eksctl.stack-names',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html',
  text: {
    en: {
      message:
        'eksctl would create the CloudFormation stack "{{stack}}" for {{entry}}, and CloudFormation refuses that name ("{{problem}}"): eksctl create cluster fails after the control plane is made.',
      fix: 'Shorten the cluster name or the name of {{entry}} so the stack name stays within 128 characters, and use only letters, digits and "-" in it.',
    },
    ja: {
      message:
        'eksctl は {{entry}} のために CloudFormation スタック「{{stack}}」を作りますが、CloudFormation はこの名前を拒否します (「{{problem}}」)。コントロールプレーンの作成後に eksctl create cluster が失敗します。',
      fix: 'スタック名が 128 文字以内に収まるようにクラスター名か {{entry}} の名前を短くし、英数字と「-」だけを使ってください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups', 'iam'],
  checkConfig({ config }) {
    const cluster = config.metadata?.name;
    // A cluster name eksctl refuses is eksctl.cluster-name-chars' finding; every stack name would repeat it.
    if (!filled(cluster) || !STACK_NAME.test(cluster)) return [];
    const out: ConfigFinding[] = [];
    const check = (stack: string, entry: string, path: (string | number)[]) => {
      const problem = stackNameProblem(stack);
      if (problem !== undefined) out.push({ path, params: { stack, entry, problem } });
    };
    for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
      for (const [ng, i] of objects(config[list])) {
        const name = ng['name'];
        // A self-managed name with other characters is eksctl.self-managed-name's finding.
        if (!filled(name) || (list === 'nodeGroups' && /[^a-zA-Z0-9-]/.test(name))) continue;
        check(`eksctl-${cluster}-nodegroup-${name}`, `${list}[${i}] (${name})`, [list, i, 'name']);
      }
    }
    const iam = isObj(config.iam) ? config.iam : {};
    for (const [sa, i] of objects(iam['serviceAccounts'])) {
      const meta = isObj(sa['metadata']) ? sa['metadata'] : {};
      const name = meta['name'];
      if (!filled(name) || filled(sa['attachRoleARN'])) continue;
      const namespace = filled(meta['namespace']) ? meta['namespace'] : 'default';
      check(
        `eksctl-${cluster}-addon-iamserviceaccount-${namespace}-${name}`,
        `iam.serviceAccounts[${i}] (${namespace}/${name})`,
        ['iam', 'serviceAccounts', i, 'metadata', 'name'],
      );
    }
    for (const [pia, i] of objects(iam['podIdentityAssociations'])) {
      const namespace = pia['namespace'];
      const name = pia['serviceAccountName'];
      if (!filled(namespace) || !filled(name) || filled(pia['roleARN'])) continue;
      check(
        `eksctl-${cluster}-podidentityrole-${namespace}-${name}`,
        `iam.podIdentityAssociations[${i}] (${namespace}/${name})`,
        ['iam', 'podIdentityAssociations', i, 'serviceAccountName'],
      );
    }
    return out;
  },
});
