import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { nodeGroupsOfCluster, placedWorkloads, workloadsOnNodeGroup } from '../../facts/compute.js';
import { addonDaemonSets, nodeCapacity } from './node-capacity.js';

export const maxPods = defineRule({
  id: 'ng.max-pods',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/choosing-instance-type.html',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} would need about {{pods}} pods per node, but {{instanceType}} holds at most {{maxPods}} with the VPC CNI; the extra pods stay Pending.',
      fix: 'Use larger instance types or more nodes, or enable prefix delegation in the VPC CNI.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} ではノードあたり約 {{pods}} 個の Pod が必要ですが、VPC CNI では {{instanceType}} に最大 {{maxPods}} 個しか配置できません。超えた Pod は Pending のままになります。',
      fix: 'より大きなインスタンスタイプやノード数を使うか、VPC CNI のプレフィックス委任を有効にしてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    // DaemonSets drawn directly in the cluster run on every node group of it.
    const clusterDaemonSets = new Map<string, number>();
    for (const { workload, placement } of placedWorkloads(index)) {
      if (placement.on === 'cluster' && workload.props.workloadKind === 'DaemonSet') {
        clusterDaemonSets.set(placement.cluster.id, (clusterDaemonSets.get(placement.cluster.id) ?? 0) + 1);
      }
    }
    const clusters = index.ofKind('cluster');
    for (let k = 0; k < clusters.length; k++) {
      const cluster = clusters[k]!;
      const scalesOut = cluster.props.addons.nodeAutoscaler === 'cluster-autoscaler';
      const sharedDaemons = addonDaemonSets(cluster.props.addons) + (clusterDaemonSets.get(cluster.id) ?? 0);
      const nodeGroups = nodeGroupsOfCluster(index, cluster);
      for (let k = 0; k < nodeGroups.length; k++) {
        const ng = nodeGroups[k]!;
        const node = nodeCapacity(index, ng);
        const nodes = scalesOut ? ng.props.maxSize : ng.props.desiredCapacity;
        if (!node || nodes === 0) continue;
        // On-Demand nodes are the first listed type (EKS's "prioritized" allocation); Spot nodes may be any, so the
        // type with the fewest pods (NodeCapacity's own type).
        const sized = ng.props.capacityType === 'SPOT' ? node : node.byType[0]!;
        let appPods = 0;
        let daemons = sharedDaemons;
        // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
        const onGroup = workloadsOnNodeGroup(index, ng);
        for (let i = 0; i < onGroup.length; i++) {
          const w = onGroup[i]!;
          if (w.props.workloadKind === 'DaemonSet') daemons++;
          else appPods += Math.max(w.props.replicas, w.props.hpa?.minReplicas ?? 0);
        }
        const pods = Math.ceil(appPods / nodes) + daemons;
        if (pods > sized.maxPods) {
          findings.push({
            partIds: [ng.id],
            params: { nodeGroup: ng.name, pods, instanceType: sized.type, maxPods: sized.maxPods },
          });
        }
      }
    }
    return findings;
  },
});
