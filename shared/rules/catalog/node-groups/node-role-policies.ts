import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import type { EksctlClusterConfig } from '../../config-view.js';
import { addonRoleAtCreation } from '../../facts/addon-service-accounts.js';
import { arr, configNodeGroups, nonEmpty, obj, str } from './config-node-groups.js';

/** The policy's name as eksctl reads it (makeManagedPolicies: the resource after its path), '' when not a policy ARN. */
function policyName(arn: string): string {
  const m = /^arn:[^:]+:iam::([^:]*):policy\/(.+)$/.exec(arn);
  return m ? m[2]!.slice(m[2]!.lastIndexOf('/') + 1) : '';
}
const isAwsManaged = (arn: string) => /^arn:[^:]+:iam::aws:policy\//.test(arn);

const WORKER = ['AmazonEKSWorkerNodePolicy', 'AmazonEKSWorkerNodeMinimalPolicy'];
const ECR_PULL = [
  'AmazonEC2ContainerRegistryPullOnly',
  'AmazonEC2ContainerRegistryReadOnly',
  'AmazonEC2ContainerRegistryPowerUser',
  'AmazonEC2ContainerRegistryFullAccess',
];
const CNI = ['AmazonEKS_CNI_Policy'];

type Obj = Record<string, unknown>;

/**
 * The VPC CNI gets its own IAM identity, so the node role does not need AmazonEKS_CNI_Policy: with OIDC eksctl gives
 * aws-node an IRSA role with that policy; else the vpc-cni add-on's role as eksctl creates it (addonRoleAtCreation:
 * IRSA settings without OIDC are skipped, so they give it none), or a Pod Identity association for kube-system/aws-node.
 */
function cniHasOwnIdentity(config: EksctlClusterConfig): boolean {
  const root = config as unknown as Obj;
  if (obj(root['iam'])['withOIDC'] === true) return true;
  const addons = arr(root['addons']);
  for (let i = 0; i < addons.length; i++) {
    const addon = obj(addons[i]);
    // eksctl matches add-on names case-insensitively (Addon.CanonicalName).
    if (str(addon['name'])?.toLowerCase() === 'vpc-cni' && addonRoleAtCreation(config, addon) !== undefined) return true;
  }
  return arr(obj(root['iam'])['podIdentityAssociations'])
    .map(obj)
    .some((a) => a['namespace'] === 'kube-system' && a['serviceAccountName'] === 'aws-node');
}

/**
 * eksctl attaches the default node policies only when `iam.attachPolicyARNs` is empty (pkg/cfn/builder
 * iam_helper.go makeManagedPolicies); eksctl's IAM page: "If a nodegroup includes the attachPolicyARNs it must
 * also include the default node policies, like AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy and
 * AmazonEC2ContainerRegistryPullOnly". Without them the nodes cannot describe their cluster, the VPC CNI cannot
 * assign pod addresses, or images cannot be pulled: the nodes never become Ready. A self-managed group always
 * gets the ECR pull policy. An error when every attached policy is AWS managed; a warning when a customer
 * managed or inline policy might grant the same permissions.
 */
export const nodeRolePolicies = defineConfigRule({
  id: 'ng.node-role-policies',
  severity: 'error',
  area: 'node-groups',
  source: 'https://eksctl.io/usage/iam-policies/#attaching-policies-by-arn',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} lists iam.attachPolicyARNs, so eksctl attaches none of the default node policies, and it lacks {{missing}}: its nodes cannot join the cluster or become Ready. eksctl: "If a nodegroup includes the attachPolicyARNs it must also include the default node policies".',
      fix: 'Add {{missing}} (arn:aws:iam::aws:policy/<name>) to iam.attachPolicyARNs of {{nodeGroup}}, or remove attachPolicyARNs so eksctl attaches the default node policies.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は iam.attachPolicyARNs を指定しているため eksctl はデフォルトのノードポリシーを付けず、{{missing}} が欠けています。ノードはクラスターに参加できないか、Ready になりません。eksctl:「If a nodegroup includes the attachPolicyARNs it must also include the default node policies」。',
      fix: '{{nodeGroup}} の iam.attachPolicyARNs に {{missing}}（arn:aws:iam::aws:policy/<名前>）を追加するか、attachPolicyARNs を削除して eksctl にデフォルトのノードポリシーを付けさせてください。',
    },
  },
  needs: ['managedNodeGroups[].iam', 'nodeGroups[].iam'],
  checkConfig({ config }) {
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      const iam = obj(g.ng['iam']);
      const arns = arr(iam['attachPolicyARNs']).map((a) => str(a) ?? '');
      if (arns.length === 0 || nonEmpty(iam['instanceRoleARN']) || nonEmpty(iam['instanceProfileARN'])) return [];
      const names = new Set(arns.map(policyName));
      const has = (options: string[]) => options.some((n) => names.has(n));
      const imageBuilder = obj(iam['withAddonPolicies'])['imageBuilder'] === true;
      const missing = [
        !has(WORKER) && 'AmazonEKSWorkerNodePolicy',
        !has(CNI) && !cniHasOwnIdentity(config) && 'AmazonEKS_CNI_Policy',
        g.managed && !imageBuilder && !has(ECR_PULL) && 'AmazonEC2ContainerRegistryPullOnly',
      ].filter((m): m is string => m !== false);
      if (missing.length === 0) return [];
      const mightGrant =
        arns.some((a) => !isAwsManaged(a)) || (iam['attachPolicy'] !== undefined && iam['attachPolicy'] !== null);
      return [
        {
          path: g.at('iam', 'attachPolicyARNs'),
          params: { nodeGroup: g.name, missing: missing.join(', ') },
          ...(mightGrant ? { severity: 'warning' as const } : {}),
        },
      ];
    });
  },
});
