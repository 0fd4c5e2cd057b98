import { defineRule } from '../../define.js';
import { autoModeRunsNodes, nodeGroupsOfCluster, placedWorkloads } from '../../facts/compute.js';
import { isWindowsNodeGroup } from '../../facts/cluster-compute.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';
import type { Finding } from '../../types.js';

/**
 * "Amazon EBS volumes and the Amazon EBS CSI driver are not compatible with Amazon EKS Hybrid Nodes", and "The Amazon
 * EFS CSI driver isn't compatible with Amazon EKS Hybrid Nodes" (the drivers' node DaemonSets leave hybrid nodes out;
 * an EBS volume attaches only to an EC2 instance). A workload drawn on the cluster runs on any of its Linux nodes,
 * hybrid ones included (the manifests pin nothing against them), so a Pod put on a hybrid node never gets its volume.
 * When the cluster's only nodes for it are hybrid ones, every Pod is: an error. With cloud nodes beside them (a Linux
 * node group, Karpenter, Auto Mode) only some may be: a warning. A workload drawn in a node group or on Fargate runs
 * there, not on hybrid nodes.
 */
export const workloadVolumeHybrid = defineRule({
  id: 'hybrid.workload-volume',
  severity: 'error',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
  text: {
    en: {
      message:
        'Workload {{workload}} keeps its data on {{storage}} and runs on the nodes of cluster {{cluster}}, which include hybrid nodes ({{networks}}); the Amazon {{storage}} CSI driver isn\u2019t compatible with EKS Hybrid Nodes, so a Pod scheduled on one never gets its volume and never starts.',
      fix: 'Draw {{workload}} in a node group, or keep its Pods off hybrid nodes with a node affinity on eks.amazonaws.com/compute-type NotIn [hybrid] (a cluster with hybrid nodes only needs cloud nodes for it, or storage of its own on premises).',
    },
    ja: {
      message:
        'ワークロード {{workload}} は {{storage}} にデータを保存し、クラスター {{cluster}} のノードで実行されますが、そのノードにはハイブリッドノード（{{networks}}）が含まれます。Amazon {{storage}} CSI ドライバーは EKS Hybrid Nodes に対応していないため、ハイブリッドノードにスケジュールされた Pod はボリュームを得られず、起動しません。',
      fix: '{{workload}} をノードグループ内に配置するか、eks.amazonaws.com/compute-type NotIn [hybrid] のノードアフィニティで Pod をハイブリッドノードから外してください（ハイブリッドノードしかないクラスターでは、そのためのクラウドのノードか、オンプレミスの独自のストレージが必要です）。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    // Each cluster's hybrid networks once, not per workload: a large design draws many workloads on one cluster.
    const networksOf = new Map<string, PartOf<'on-prem-network'>[]>();
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      const volume = workload.props.volume;
      if (volume === undefined || placement.on !== 'cluster') continue;
      const cluster = placement.cluster;
      let networks = networksOf.get(cluster.id);
      if (networks === undefined) networksOf.set(cluster.id, (networks = hybridNetworks(index, cluster)));
      if (networks.length === 0) continue;
      out.push({
        partIds: [workload.id, cluster.id, ...networks.map((n) => n.id)],
        params: {
          workload: workload.name,
          storage: volume.storage.toUpperCase(),
          cluster: cluster.name,
          networks: networks.map((n) => n.name).join(', '),
        },
        ...(hasCloudLinuxNodes(index, cluster) ? { severity: 'warning' as const } : {}),
      });
    }
    return out;
  },
});

/** The on-premises networks connected to the cluster's VPC that run hybrid nodes. */
function hybridNetworks(index: DesignIndex, cluster: PartOf<'cluster'>): PartOf<'on-prem-network'>[] {
  const vpc = index.vpcOf(cluster);
  if (!vpc) return [];
  return index.sourcesOf(vpc, 'on-prem-network').filter((n) => n.props.hybridNodeCount > 0);
}

/** EC2 Linux nodes a workload drawn on the cluster can run on: a Linux node group, Karpenter's, Auto Mode's. */
function hasCloudLinuxNodes(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  if (cluster.props.addons.nodeAutoscaler === 'karpenter' || autoModeRunsNodes(cluster)) return true;
  const groups = nodeGroupsOfCluster(index, cluster);
  for (let i = 0; i < groups.length; i++) if (!isWindowsNodeGroup(groups[i]!)) return true;
  return false;
}
