import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { autoModeRunsNodes, hybridNodeCount, nodeGroupsOfCluster, placedWorkloads } from '../../facts/compute.js';
import { autoModeBuiltinPools } from './auto-mode-pools.js';

/**
 * A workload drawn loose in an Auto Mode cluster whose only built-in node pool is `system`: its nodes are tainted
 * CriticalAddonsOnly (AWS's "Built-in NodePool Reference"), which the generated manifests do not tolerate, and no
 * untainted node group of the cluster takes the Pods either. A NodePool of your own may, outside the design: a warning.
 */
export const autoModeSystemPoolOnly = defineRule({
  id: 'as.auto-mode-system-pool-only',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/set-builtin-node-pools.html',
  text: {
    en: {
      message:
        'Workload {{workload}} runs on the Auto Mode nodes of cluster {{cluster}}, whose only built-in node pool is system; its nodes are tainted CriticalAddonsOnly, which the Pods do not tolerate, so without a NodePool of your own they stay Pending.',
      fix: 'Add general-purpose to the Auto Mode node pools of {{cluster}} (autoModeConfig.nodePools), create a NodePool of your own for {{workload}}, or draw it in a node group.',
    },
    ja: {
      message:
        'ワークロード {{workload}} はクラスター {{cluster}} の Auto Mode のノードで実行されますが、組み込みノードプールは system だけです。そのノードには CriticalAddonsOnly のテイントがあり Pod はこれを許容しないため、独自の NodePool がなければ Pod は Pending のままになります。',
      fix: '{{cluster}} の Auto Mode のノードプール（autoModeConfig.nodePools）に general-purpose を追加するか、{{workload}} 用の NodePool を作成するか、ノードグループに配置してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const { workload, placement } of placedWorkloads(index)) {
      // A DaemonSet makes no Pod for a node it does not tolerate: nothing waits.
      if (placement.on !== 'cluster' || workload.props.workloadKind === 'DaemonSet') continue;
      const { cluster } = placement;
      if (!autoModeRunsNodes(cluster) || cluster.props.addons.nodeAutoscaler === 'karpenter') continue;
      if (autoModeBuiltinPools(cluster).includes('general-purpose') || hybridNodeCount(index, cluster) > 0) continue;
      // A loose workload gets no nodeSelector: any untainted node group takes it.
      if (nodeGroupsOfCluster(index, cluster).some((ng) => ng.props.taints.length === 0)) continue;
      findings.push({ partIds: [workload.id, cluster.id], params: { workload: workload.name, cluster: cluster.name } });
    }
    return findings;
  },
});
