import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { nodeGroupsOfCluster } from '../../facts/compute.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { NodeGroupPart } from '../../../model/parts.js';

/**
 * The zones of the node groups' subnets, up to the second: two already decide the rule. Loops rather than
 * flatMap + map, which built two arrays per node group of every cluster on every validation.
 */
function nodeGroupZones(index: DesignIndex, groups: readonly NodeGroupPart[]): Set<string> {
  const zones = new Set<string>();
  for (const ng of groups) {
    for (const s of index.nodeGroupSubnets(ng)) {
      zones.add(s.availabilityZone);
      if (zones.size > 1) return zones;
    }
  }
  return zones;
}

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
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      // Karpenter launches nodes in the subnets it discovers, so the drawn node groups are not all the capacity.
      if (cluster.props.addons.nodeAutoscaler === 'karpenter') continue;
      const groups = nodeGroupsOfCluster(index, cluster);
      const zones = nodeGroupZones(index, groups);
      // A subnet known only by id or alias (an existing VPC's) has no zone offline: the zones are unknown, not one.
      if (zones.size !== 1 || zones.has('')) continue;
      findings.push({
        partIds: [...groups.map((ng) => ng.id), cluster.id],
        params: { cluster: cluster.name, zone: [...zones][0]! },
      });
    }
    return findings;
  },
});
