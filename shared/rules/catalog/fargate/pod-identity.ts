import { ADDONS, addonOn } from '../../../model/addons.js';
import { wildcardMatch } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';
import { workloadRoleNameOf } from '../../../model/workload-role.js';
import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj, objects } from '../../facts/config-values.js';

/**
 * Whether the design draws the pods of an association itself, so sec.pod-identity-unsupported-compute judges
 * them by where they are drawn: a workload's role (the export's `<cluster>-<namespace>-<workload>` name, which
 * an import turns back into a workload) or a switched-on controller's kube-system account.
 */
function drawnInDesign(cluster: PartOf<'cluster'>, entry: Record<string, unknown>, namespace: string, account: string): boolean {
  if (entry['roleName'] === workloadRoleNameOf(cluster.name, namespace, account)) return true;
  if (namespace !== 'kube-system' || cluster.props.controllerIdentity !== 'pod-identity') return false;
  for (let i = 0; i < ADDONS.length; i++) {
    const row = ADDONS[i]!;
    if ('serviceAccount' in row && row.serviceAccount === account && addonOn(row, cluster.props.addons)) return true;
  }
  return false;
}

/**
 * A pod identity association of cluster.yaml for a service account in a namespace that a Fargate profile takes
 * whole (a selector without labels matches every pod there): every pod using the account runs on Fargate, where
 * EKS Pod Identity does not work (no Pod Identity Agent DaemonSet), so the pods get no AWS credentials. Covers the
 * associations an import carries through; the ones the design draws are sec.pod-identity-unsupported-compute's.
 */
export const podIdentity = defineConfigRule({
  id: 'fargate.pod-identity',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  text: {
    en: {
      message:
        'Pod identity association {{namespace}}/{{serviceAccount}} of cluster {{cluster}} gives a role to pods that all run on Fargate (profile {{profile}} takes every pod of {{namespace}}), but EKS Pod Identity does not work on Fargate: those pods get no AWS credentials.',
      fix: 'Give {{namespace}}/{{serviceAccount}} its role through IRSA (iam.serviceAccounts with iam.withOIDC), or add labels to the selector of {{profile}} so those pods run on Linux EC2 nodes.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Pod Identity の関連付け {{namespace}}/{{serviceAccount}} は、すべて Fargate で動く Pod にロールを与えています（プロファイル {{profile}} が {{namespace}} のすべての Pod を選択します）。EKS Pod Identity は Fargate では使えないため、これらの Pod は AWS 認証情報を得られません。',
      fix: '{{namespace}}/{{serviceAccount}} のロールは IRSA（iam.serviceAccounts と iam.withOIDC）で与えるか、{{profile}} のセレクターにラベルを加えて、これらの Pod を Linux の EC2 ノードで動かしてください。',
    },
  },
  needs: ['fargateProfiles'],
  checkConfig(view) {
    const { cluster, config } = view;
    const associations = objects(config.iam?.podIdentityAssociations);
    if (associations.length === 0) return [];
    const takers = labelFreeSelectors(config.fargateProfiles);
    if (takers.length === 0) return [];
    const out: ConfigFinding[] = [];
    for (let a = 0; a < associations.length; a++) {
      // Elements, not destructuring: below TurboFan, `[a, b] =` walks an iterator.
      const entry = associations[a]![0];
      const i = associations[a]![1];
      const namespace = entry['namespace'];
      const account = entry['serviceAccountName'];
      if (!filled(namespace) || !filled(account) || drawnInDesign(cluster, entry, namespace, account)) continue;
      let taker: LabelFreeSelector | undefined;
      for (let t = 0; t < takers.length && !taker; t++) if (wildcardMatch(takers[t]!.namespace, namespace)) taker = takers[t];
      if (!taker) continue;
      out.push({
        path: ['iam', 'podIdentityAssociations', i],
        params: { namespace, serviceAccount: account, profile: taker.profile },
        alsoParts: view.partsAt(['fargateProfiles', taker.index]),
      });
    }
    return out;
  },
});

/** A Fargate selector that takes every pod of the namespaces its pattern matches (it has no labels to match). */
interface LabelFreeSelector {
  namespace: string;
  /** The profile's name, and its index in fargateProfiles. */
  profile: string;
  index: number;
}

/** The label-free selectors of the config's Fargate profiles, in file order (the first match names the profile). */
function labelFreeSelectors(fargateProfiles: unknown): LabelFreeSelector[] {
  const out: LabelFreeSelector[] = [];
  const profiles = objects(fargateProfiles);
  for (let p = 0; p < profiles.length; p++) {
    const profile = profiles[p]![0];
    const index = profiles[p]![1];
    const selectors = objects(profile['selectors']);
    for (let k = 0; k < selectors.length; k++) {
      const selector = selectors[k]![0];
      const labels = selector['labels'];
      const anyPod = !isObj(labels) || Object.keys(labels).length === 0;
      if (anyPod && filled(selector['namespace']))
        out.push({
          namespace: selector['namespace'],
          profile: filled(profile['name']) ? profile['name'] : `fargateProfiles[${index}]`,
          index,
        });
    }
  }
  return out;
}
