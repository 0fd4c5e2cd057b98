import { defineRule } from '../../define.js';
import { nodeGroupsOfCluster } from '../../facts/compute.js';

export const multiAz = defineRule({
  id: 'ng.multi-az',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/data-plane.html',
  text: {
    en: {
      message:
        'Every node group of cluster {{cluster}} is in the single Availability Zone {{zone}}; an outage of that zone would take down every node.',
      fix: 'Spread the node groups over at least two (preferably three) Availability Zones and use topology spread constraints for workloads.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のノードグループはすべてアベイラビリティーゾーン {{zone}} だけにあります。このゾーンの障害ですべてのワーカーノードが停止します。',
      fix: 'ノードグループを 2 つ以上（できれば 3 つ）のアベイラビリティーゾーンに分散し、ワークロードにはトポロジー分散制約を使ってください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      // Karpenter launches nodes in the subnets it discovers, so the drawn node groups are not all the capacity.
      if (cluster.props.addons.nodeAutoscaler === 'karpenter') return [];
      const groups = nodeGroupsOfCluster(index, cluster);
      const zones = new Set(groups.flatMap((ng) => index.nodeGroupSubnets(ng).map((s) => s.availabilityZone)));
      // A subnet known only by id or alias (an existing VPC's) has no zone offline: the zones are unknown, not one.
      if (zones.size !== 1 || zones.has('')) return [];
      return [
        {
          partIds: [...groups.map((ng) => ng.id), cluster.id],
          params: { cluster: cluster.name, zone: [...zones][0]! },
        },
      ];
    });
  },
});
