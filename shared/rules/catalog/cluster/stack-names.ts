import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj } from '../../facts/config-values.js';

/** CloudFormation CreateStack: StackName matches this pattern (its length is cluster.eksctl-name-length's). */
const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]*$/;

/** CloudFormation's refusal of the characters of `stack`, in its own words (eksctl#2943), or undefined. */
export function stackNameProblem(stack: string): string | undefined {
  if (!STACK_NAME.test(stack))
    return `Value '${stack}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`;
  return undefined;
}

/** What eksctl puts between the cluster's name and the entry's in each stack name. */
const NODEGROUP = '-nodegroup-';
const SERVICE_ACCOUNT = '-addon-iamserviceaccount-';
const POD_IDENTITY = '-podidentityrole-';
/** The characters a stack name may hold after its first. */
const STACK_NAME_PART = /^[-a-zA-Z0-9]*$/;

/** Whether `eksctl-<cluster><infix><tail>` holds only allowed characters, for a cluster name already known to. */
function fits(tail: string): boolean {
  return STACK_NAME_PART.test(tail);
}

function noteStack(out: ConfigFinding[], stack: string, entry: string, path: (string | number)[]): void {
  const problem = stackNameProblem(stack);
  if (problem !== undefined) out.push({ path, params: { stack, entry, problem } });
}

/**
 * The CloudFormation stacks eksctl names after config entries: `eksctl-<cluster>-nodegroup-<name>` for every node
 * group (pkg/cfn/manager/nodegroup.go), `eksctl-<cluster>-addon-iamserviceaccount-<namespace>-<name>` for an
 * iam.serviceAccounts entry without attachRoleARN (manager/iam.go) and `eksctl-<cluster>-podidentityrole-<namespace>-
 * <serviceAccountName>` for a pod identity association without roleARN (podidentityassociation/iam_role_creator.go).
 * eksctl checks none of these names, so a managed node group named with "_" (EKS allows it) or a service account
 * with "." (Kubernetes allows it) gets past validation and fails at CreateStack after the control plane is made.
 * Their length is cluster.eksctl-name-length's, with every other name eksctl builds from the cluster's.
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
      fix: 'Rename {{entry}} with only letters, digits and "-".',
    },
    ja: {
      message:
        'eksctl は {{entry}} のために CloudFormation スタック「{{stack}}」を作りますが、CloudFormation はこの名前を拒否します (「{{problem}}」)。コントロールプレーンの作成後に eksctl create cluster が失敗します。',
      fix: '{{entry}} の名前には英数字と「-」だけを使ってください。',
    },
  },
  needs: ['managedNodeGroups', 'nodeGroups', 'iam'],
  checkConfig({ config }) {
    const cluster = config.metadata?.name;
    // A cluster name eksctl refuses is eksctl.cluster-name-chars' finding; every stack name would repeat it.
    if (!filled(cluster) || !STACK_NAME.test(cluster)) return [];
    const out: ConfigFinding[] = [];
    // Indexed, and each stack name spelled only when it breaks a limit: this runs for every node group and
    // association of every cluster on each validation, and nearly every name is fine.
    for (const list of ['managedNodeGroups', 'nodeGroups'] as const) {
      const groups: unknown = config[list];
      if (!Array.isArray(groups)) continue;
      for (let i = 0; i < groups.length; i++) {
        const ng: unknown = groups[i];
        const name = isObj(ng) ? ng['name'] : undefined;
        // A self-managed name with other characters is eksctl.self-managed-name's finding.
        if (!filled(name) || (list === 'nodeGroups' && !STACK_NAME_PART.test(name))) continue;
        if (fits(name)) continue;
        noteStack(out, `eksctl-${cluster}${NODEGROUP}${name}`, `${list}[${i}] (${name})`, [list, i, 'name']);
      }
    }
    const iam = isObj(config.iam) ? config.iam : undefined;
    const accounts: unknown = iam?.['serviceAccounts'];
    if (Array.isArray(accounts))
      for (let i = 0; i < accounts.length; i++) {
        const sa: unknown = accounts[i];
        if (!isObj(sa)) continue;
        const meta = isObj(sa['metadata']) ? sa['metadata'] : {};
        const name = meta['name'];
        if (!filled(name) || filled(sa['attachRoleARN'])) continue;
        const namespace = filled(meta['namespace']) ? meta['namespace'] : 'default';
        if (fits(namespace) && fits(name)) continue;
        noteStack(
          out,
          `eksctl-${cluster}${SERVICE_ACCOUNT}${namespace}-${name}`,
          `iam.serviceAccounts[${i}] (${namespace}/${name})`,
          ['iam', 'serviceAccounts', i, 'metadata', 'name'],
        );
      }
    const associations: unknown = iam?.['podIdentityAssociations'];
    if (Array.isArray(associations))
      for (let i = 0; i < associations.length; i++) {
        const pia: unknown = associations[i];
        if (!isObj(pia)) continue;
        const namespace = pia['namespace'];
        const name = pia['serviceAccountName'];
        if (!filled(namespace) || !filled(name) || filled(pia['roleARN'])) continue;
        if (fits(namespace) && fits(name)) continue;
        noteStack(
          out,
          `eksctl-${cluster}${POD_IDENTITY}${namespace}-${name}`,
          `iam.podIdentityAssociations[${i}] (${namespace}/${name})`,
          ['iam', 'podIdentityAssociations', i, 'serviceAccountName'],
        );
      }
    return out;
  },
});
