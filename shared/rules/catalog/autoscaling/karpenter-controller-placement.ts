import { defineRule } from '../../define.js';
import type { NodeGroupPart } from '../../../model/parts.js';
import { autoModeRunsNodes } from '../../facts/compute.js';
import { profileSelectsPods } from '../service-discovery/fargate-selects.js';

/** Namespace and pod labels of the Karpenter controller as eksctl installs it (Helm chart defaults). */
const KARPENTER_NAMESPACE = 'karpenter';
const KARPENTER_LABELS: Record<string, string> = {
  'app.kubernetes.io/name': 'karpenter',
  'app.kubernetes.io/instance': 'karpenter',
};

/**
 * Whether the chart's pods may run on the group: they select `kubernetes.io/os: linux` and tolerate only
 * `CriticalAddonsOnly` (shared/deploy/charts/karpenter.values.yaml); PreferNoSchedule keeps no pod off a node.
 */
function hostsKarpenter(ng: NodeGroupPart): boolean {
  if (ng.props.amiFamily.startsWith('WindowsServer')) return false;
  return ng.props.taints.every((t) => t.effect === 'PreferNoSchedule' || t.key === 'CriticalAddonsOnly');
}

// The controller can run on the nodes of Auto Mode's built-in node pools (the chart tolerates the system pool's
// CriticalAddonsOnly taint); running Karpenter beside Auto Mode is AWS's path for migrating.
export const karpenterControllerPlacement = defineRule({
  id: 'as.karpenter-controller-placement',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} uses Karpenter but has no Linux node group with running nodes whose taints the Karpenter controller tolerates (only CriticalAddonsOnly) and no Fargate profile for the karpenter namespace, so the Karpenter controller has nowhere to run and no node is ever launched.',
      fix: 'Add a small managed node group (2 nodes for high availability) or a Fargate profile selecting the karpenter namespace.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Karpenter を使いますが、Karpenter コントローラーが許容するテイント（CriticalAddonsOnly のみ）だけを持つ、ノードが起動している Linux ノードグループも、karpenter 名前空間の Fargate プロファイルもありません。Karpenter コントローラーが動く場所がなく、ノードは一台も起動しません。',
      fix: '小さなマネージド型ノードグループ（高可用性のため 2 ノード）か、karpenter 名前空間を選択する Fargate プロファイルを追加してください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      if (cluster.props.addons.nodeAutoscaler !== 'karpenter' || autoModeRunsNodes(cluster)) return [];
      const hosted = index.children(cluster).some((p) => {
        if (p.kind === 'managed-node-group' || p.kind === 'self-managed-node-group')
          return p.props.desiredCapacity > 0 && hostsKarpenter(p);
        return p.kind === 'fargate-profile' && profileSelectsPods(p, KARPENTER_NAMESPACE, KARPENTER_LABELS);
      });
      return hosted ? [] : [{ partIds: [cluster.id], params: { cluster: cluster.name } }];
    });
  },
});
