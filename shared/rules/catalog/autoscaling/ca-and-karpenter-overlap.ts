import { defineConfigRule } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';
import { clusterAutoscalerGrants } from './cluster-autoscaler-grants.js';

/**
 * A design has one node autoscaler (`addons.nodeAutoscaler`), so only a ClusterConfig can ask for both: eksctl
 * installs Karpenter (`karpenter`) while the file also gives Cluster Autoscaler its policy. Both react to the same
 * unschedulable Pods; Cluster Autoscaler scales every tagged node group (EKS tags managed ones itself), so both
 * add capacity for one Pod. The catalog's inference from the two tools' scopes, hence a warning.
 */
export const caAndKarpenterOverlap = defineConfigRule({
  id: 'as.ca-and-karpenter-overlap',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html',
  text: {
    en: {
      message:
        "Cluster {{cluster}} installs Karpenter and also gives Cluster Autoscaler its IAM policy ({{path}}): two node autoscalers acting on the same pending Pods launch duplicate nodes and undo each other's scale-downs.",
      fix: 'Keep one node autoscaler for {{cluster}}: remove Cluster Autoscaler and its autoScaler policy when Karpenter scales the nodes, or limit Cluster Autoscaler to node groups whose Pods no Karpenter NodePool can take.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Karpenter をインストールし、Cluster Autoscaler にも IAM ポリシーを付与しています（{{path}}）。2 つのノードオートスケーラーが同じ保留中の Pod に反応し、重複してノードを起動したり、互いのスケールダウンを打ち消したりします。',
      fix: '{{cluster}} のノードオートスケーラーを 1 つにしてください。Karpenter でノードをスケールするなら Cluster Autoscaler とその autoScaler ポリシーを削除するか、Cluster Autoscaler の対象を Karpenter の NodePool が受け持てない Pod のノードグループに限ってください。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    if (!isObj(config.karpenter)) return [];
    const grants = clusterAutoscalerGrants(config);
    return grants.length === 0 ? [] : [{ path: grants[0]! }];
  },
});
