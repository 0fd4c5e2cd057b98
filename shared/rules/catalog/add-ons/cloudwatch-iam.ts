import { defineConfigRule } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { addonHasIrsa, addonRoleAtCreation } from '../../facts/addon-service-accounts.js';
import { filled, isObj, objects, type Obj } from '../../facts/config-values.js';
import { amiFamilyOf, arr, configNodeGroups, isWindows } from '../node-groups/config-node-groups.js';

const ADDON = 'amazon-cloudwatch-observability';
/** The add-on's agent account, and the namespace it runs in unless `namespaceConfig` moves it. */
const AGENT_ACCOUNT = 'cloudwatch-agent';
const DEFAULT_NAMESPACE = 'amazon-cloudwatch';
const POLICY = 'CloudWatchAgentServerPolicy';

type OwnRole = 'pod-identity' | 'irsa' | undefined;

/** The namespace the add-on's agents run in: `namespaceConfig` moves them. */
function agentNamespace(addon: Obj): string {
  const namespaceConfig = addon['namespaceConfig'];
  return isObj(namespaceConfig) && filled(namespaceConfig['namespace']) ? namespaceConfig['namespace'] : DEFAULT_NAMESPACE;
}

/**
 * The role the agents' service account gets: the one eksctl gives the add-on (addonRoleAtCreation; eksctl has no
 * recommended IRSA role for this add-on, so with none it only warns "IAM permissions are required"), else a role
 * made outside the add-on entry for the agent's account (iam.podIdentityAssociations, or iam.serviceAccounts with
 * OIDC).
 */
function ownRole(config: EksctlClusterConfig, addon: Obj): OwnRole {
  const source = addonRoleAtCreation(config, addon);
  if (source === 'associations' || source === 'default-associations') return 'pod-identity';
  if (source !== undefined) return 'irsa';
  const iam: unknown = config.iam;
  if (!isObj(iam)) return undefined;
  const namespace = agentNamespace(addon);
  for (let n = 0, items = objects(iam['podIdentityAssociations']); n < items.length; n++) {
    const pia = items[n]![0];
    if (pia['namespace'] === namespace && pia['serviceAccountName'] === AGENT_ACCOUNT) return 'pod-identity';
  }
  if (iam['withOIDC'] === true)
    for (let n = 0, items = objects(iam['serviceAccounts']); n < items.length; n++) {
      const sa = items[n]![0];
      const meta = sa['metadata'];
      if (isObj(meta) && meta['namespace'] === namespace && meta['name'] === AGENT_ACCOUNT) return 'irsa';
    }
  return undefined;
}

/**
 * Whether a node group's role lacks the policy for sure: eksctl adds CloudWatchAgentServerPolicy only for
 * `iam.withAddonPolicies.cloudWatch` or when `attachPolicyARNs` lists it (pkg/cfn/builder/iam_helper.go). A role of
 * the user's own (instanceRoleARN, instanceProfileARN), an inline policy or a customer managed policy may grant it.
 */
function groupRoleLacksPolicy(ng: Obj): boolean {
  const iam = ng['iam'];
  if (!isObj(iam)) return true;
  if (filled(iam['instanceRoleARN']) || filled(iam['instanceProfileARN']) || isObj(iam['attachPolicy'])) return false;
  const policies = iam['withAddonPolicies'];
  if (isObj(policies) && policies['cloudWatch'] === true) return false;
  for (const arn of arr(iam['attachPolicyARNs'])) {
    if (typeof arn !== 'string') return false;
    if (!/^arn:[^:]+:iam::aws:policy\//.test(arn) || arn.endsWith(`/${POLICY}`)) return false;
  }
  return true;
}

/**
 * The nodes whose CloudWatch agents would have no permissions: the agents of amazon-cloudwatch-observability run
 * on every EC2 node and, without a role of their own, use the node's. eksctl's Karpenter node role
 * (pkg/cfn/builder/karpenter.go) and Auto Mode node role (roles/auto-mode-node-role.yaml) never carry the policy.
 * With a Pod Identity role only Windows nodes still use the node's role (EKS Pod Identity does not serve them).
 * Hybrid nodes have no instance metadata, so no node role at all: their agents need a role of the add-on's
 * (and RUN_WITH_IRSA, https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-add-ons.html; whether the
 * Pod Identity Agent serves them there is hybrid.pod-identity-agent). Fargate runs no agents.
 */
function nodesWithoutPolicy(config: EksctlClusterConfig, role: OwnRole): { en: string; ja: string }[] {
  if (role === 'irsa') return [];
  const out: { en: string; ja: string }[] = [];
  for (const g of configNodeGroups(config))
    if ((role === undefined || isWindows(amiFamilyOf(g.ng))) && groupRoleLacksPolicy(g.ng)) out.push({ en: g.name, ja: g.name });
  if (role !== undefined) return out;
  const karpenter: unknown = config.karpenter;
  if (isObj(karpenter) && !filled(karpenter['defaultInstanceProfile']))
    out.push({ en: "Karpenter's nodes", ja: 'Karpenter のノード' });
  const autoMode: unknown = config.autoModeConfig;
  if (isObj(autoMode) && autoMode['enabled'] === true && !filled(autoMode['nodeRoleARN']))
    out.push({ en: 'EKS Auto Mode nodes', ja: 'EKS Auto Mode のノード' });
  if (isObj(config.remoteNetworkConfig))
    out.push({
      en: 'hybrid nodes (no instance metadata, so no node role)',
      ja: 'ハイブリッドノード（インスタンスメタデータがないため、ノードのロールもありません）',
    });
  return out;
}

export const cloudwatchIam = defineConfigRule({
  id: 'addon.cloudwatch-iam',
  severity: 'error',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/install-CloudWatch-Observability-EKS-addon.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} installs the Amazon CloudWatch Observability add-on, but its agents on {{nodes}} get no IAM permissions to publish: the add-on gives them no role they can use there, so they use their node\'s role, which lacks CloudWatchAgentServerPolicy. Metrics and logs of those nodes never reach CloudWatch; eksctl only warns ("IAM permissions are required for "amazon-cloudwatch-observability" addon").',
      fix: 'Give the add-on a role: set useDefaultPodIdentityAssociations: true on it (with the eks-pod-identity-agent add-on), or add a pod identity association for {{namespace}}/cloudwatch-agent with CloudWatchAgentServerPolicy; or attach that policy to the node roles (iam.withAddonPolicies.cloudWatch: true on each node group).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Amazon CloudWatch Observability アドオンをインストールしますが、{{nodesJa}} で動くエージェントには、メトリクスとログを CloudWatch に送信する IAM 権限がありません。アドオンはそこで使えるロールをエージェントに渡さないため、エージェントはノードのロールを使いますが、そのロールには CloudWatchAgentServerPolicy がありません。そのため、これらのノードのメトリクスとログは CloudWatch に届きません。eksctl は警告するだけです（「IAM permissions are required for "amazon-cloudwatch-observability" addon」）。',
      fix: 'アドオンにロールを渡してください。アドオンに useDefaultPodIdentityAssociations: true を設定する（eks-pod-identity-agent アドオンと併せて）か、{{namespace}}/cloudwatch-agent に CloudWatchAgentServerPolicy 付きの Pod Identity の関連付けを追加します。または、ノードのロールにこのポリシーを付けてください（各ノードグループで iam.withAddonPolicies.cloudWatch: true）。',
    },
  },
  needs: ['addons'],
  checkConfig({ config }) {
    for (let n = 0, items = objects(config.addons); n < items.length; n++) {
      const addon = items[n]![0];
      const i = items[n]![1];
      if (addon['name'] !== ADDON) continue;
      // IRSA settings eksctl skips for want of an OIDC provider are eksctl.addon-irsa-oidc's finding, whose fix
      // (iam.withOIDC) gives the agents this role: one finding for one cause.
      if (addonHasIrsa(addon) && config.iam?.withOIDC !== true) return [];
      const role = ownRole(config, addon);
      const nodes = nodesWithoutPolicy(config, role);
      if (nodes.length === 0) return [];
      const namespace = agentNamespace(addon);
      return [
        {
          path: ['addons', i],
          params: { nodes: nodes.map((n) => n.en).join(', '), nodesJa: nodes.map((n) => n.ja).join('、'), namespace },
        },
      ];
    }
    return [];
  },
});
