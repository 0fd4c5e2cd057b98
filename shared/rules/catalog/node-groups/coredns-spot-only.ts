import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { fargateProfileMatches } from '../../../model/design-index.js';
import type { NodeGroupPart, PartOf } from '../../../model/parts.js';
import { autoModeRunsNodes, fargateProfilesOfCluster, hybridNodeCount, nodeGroupsOfCluster } from '../../facts/compute.js';
import { isWindowsNodeGroup } from '../../facts/cluster-compute.js';
import { COREDNS_POD } from '../fargate/coredns.js';

/**
 * A cluster whose CoreDNS can run only on Spot capacity: every Linux node group is Spot (CoreDNS and the controllers
 * run on Linux nodes), and nothing else gives it On-Demand capacity: no Karpenter with On-Demand nodes, no EKS Auto
 * Mode nodes (its built-in node pools "use only on-demand EC2 capacity", AWS's own choice for CoreDNS), no Fargate
 * profile CoreDNS runs on, no hybrid nodes. EC2 reclaims Spot capacity when it needs it back, pool by pool, so all of
 * a cluster's nodes can go within minutes, and with them CoreDNS and every controller: name resolution fails for
 * every Pod until new Spot capacity is found. The EKS best practices: "if you need guaranteed resources, use
 * On-Demand Instances instead of Spot Instances". A warning: a cluster that tolerates that (tests, batch) is a choice.
 */
export const corednsSpotOnly = defineRule({
  id: 'ng.coredns-spot-only',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/cas.html',
  text: {
    en: {
      message:
        'Every Linux node group of cluster {{cluster}} is Spot ({{nodeGroups}}) and nothing else runs CoreDNS, so CoreDNS and the cluster\u2019s controllers run only on capacity EC2 can reclaim at any time, all of it at once if Spot capacity runs short: name resolution then fails for every Pod until new Spot capacity is found.',
      fix: 'Add a small On-Demand node group (two nodes in two Availability Zones) for CoreDNS and the controllers, or make one group On-Demand; Karpenter with On-Demand capacity or a Fargate profile for kube-system also do.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Linux のノードグループはすべてスポット（{{nodeGroups}}）で、ほかに CoreDNS を実行するものがないため、CoreDNS とクラスターのコントローラーは EC2 がいつでも回収できるキャパシティでしか動きません。スポットキャパシティが不足すると一度にすべて回収され、新しいスポットキャパシティが見つかるまで、すべての Pod で名前解決が失敗します。',
      fix: 'CoreDNS とコントローラー用に小さなオンデマンドのノードグループ（2 つのアベイラビリティーゾーンに 2 ノード）を追加するか、いずれかのグループをオンデマンドにしてください。オンデマンドのキャパシティを使う Karpenter や、kube-system 用の Fargate プロファイルでも構いません。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let c = 0; c < clusters.length; c++) {
      const cluster = clusters[c]!;
      const addons = cluster.props.addons;
      if (!addons.coreDns) continue;
      // The node groups first: nearly every cluster has an On-Demand Linux group, and that settles it without
      // looking at Karpenter, Auto Mode, hybrid nodes or Fargate profiles.
      const groups = nodeGroupsOfCluster(index, cluster);
      if (!groups.some(isSpotOnlyLinux) || groups.some(isOnDemandLinux)) continue;
      if (addons.nodeAutoscaler === 'karpenter' && addons.karpenterCapacity.capacityType === 'ON_DEMAND') continue;
      if (autoModeRunsNodes(cluster) || hybridNodeCount(index, cluster) > 0) continue;
      if (fargateProfilesOfCluster(index, cluster).some(runsCoreDns)) continue;
      const spot = groups.filter(isSpotOnlyLinux);
      out.push({
        partIds: [cluster.id, ...spot.map((ng) => ng.id)],
        params: { cluster: cluster.name, nodeGroups: spot.map((ng) => ng.name).join(', ') },
      });
    }
    return out;
  },
});

function isSpotOnlyLinux(ng: NodeGroupPart): boolean {
  return !isWindowsNodeGroup(ng) && !hasOnDemand(ng);
}

function isOnDemandLinux(ng: NodeGroupPart): boolean {
  return !isWindowsNodeGroup(ng) && hasOnDemand(ng);
}

function runsCoreDns(fp: PartOf<'fargate-profile'>): boolean {
  return fargateProfileMatches(fp, COREDNS_POD);
}

/**
 * Whether a node group launches On-Demand instances: its capacity type, or (a self-managed group imported with one)
 * an instances distribution with an On-Demand base or share, which the export keeps.
 */
function hasOnDemand(ng: NodeGroupPart): boolean {
  if (ng.props.capacityType !== 'SPOT') return true;
  const distribution = ng.props.extra?.['instancesDistribution'];
  if (typeof distribution !== 'object' || distribution === null) return false;
  const d = distribution as Record<string, unknown>;
  return positive(d['onDemandBaseCapacity']) || positive(d['onDemandPercentageAboveBaseCapacity']);
}

function positive(value: unknown): boolean {
  return typeof value === 'number' && value > 0;
}
