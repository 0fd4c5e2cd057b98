import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import type { PartOf } from '../../../model/parts.js';
import { nodeGroupsOfCluster, placedWorkloads, workloadsOnNodeGroup } from '../../facts/compute.js';

function usesEbs(workload: PartOf<'workload'>): boolean {
  return workload.props.volume?.storage === 'ebs';
}

/**
 * Cluster Autoscaler scales a node group's Auto Scaling group, which picks the zone of a new node itself: a Pod whose
 * EBS volume (one zone) sits elsewhere stays Pending. Only workloads that say they keep data on EBS count; a
 * StatefulSet without a volume or with EFS (every zone) does not.
 */
export const ebsMultiAzCa = defineRule({
  id: 'ng.ebs-multi-az-ca',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  text: {
    en: {
      message:
        'Cluster Autoscaler scales node group {{nodeGroup}} across {{zones}} Availability Zones while workload {{workload}} keeps its data on EBS volumes; EBS volumes are bound to one AZ, so a scale-up can add a node in the wrong AZ and leave the Pod Pending.',
      fix: 'Give workloads with EBS volumes one node group per Availability Zone and run Cluster Autoscaler with --balance-similar-node-groups, or use Karpenter.',
    },
    ja: {
      message:
        'Cluster Autoscaler はノードグループ {{nodeGroup}} を {{zones}} つのアベイラビリティーゾーンにまたがってスケーリングしますが、ワークロード {{workload}} は EBS ボリュームにデータを保存します。EBS ボリュームは 1 つのゾーンに固定されるため、別のゾーンにノードが追加されて Pod が Pending のままになることがあります。',
      fix: 'EBS ボリュームを使うワークロードにはアベイラビリティーゾーンごとにノードグループを作り、Cluster Autoscaler を --balance-similar-node-groups 付きで実行するか、Karpenter を使ってください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const looseEbsWorkloads = new Map<string, string>();
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      if (placement.on === 'cluster' && usesEbs(workload) && !looseEbsWorkloads.has(placement.cluster.id)) {
        looseEbsWorkloads.set(placement.cluster.id, workload.name);
      }
    }
    // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
    const clusters = index.ofKind('cluster');
    for (let k = 0; k < clusters.length; k++) {
      const cluster = clusters[k]!;
      const { nodeAutoscaler, ebsCsiDriver } = cluster.props.addons;
      if (nodeAutoscaler !== 'cluster-autoscaler' || !ebsCsiDriver) continue;
      const nodeGroups = nodeGroupsOfCluster(index, cluster);
      for (let i = 0; i < nodeGroups.length; i++) {
        const ng = nodeGroups[i]!;
        // The EBS workloads before the zones: most groups run none, and then the zones need no counting.
        const drawn = workloadsOnNodeGroup(index, ng).filter(usesEbs);
        const workload = drawn[0]?.name ?? looseEbsWorkloads.get(cluster.id);
        if (workload === undefined) continue;
        const zones = new Set(index.nodeGroupSubnets(ng).map((s) => s.availabilityZone)).size;
        if (zones < 2) continue;
        findings.push({ partIds: [ng.id, ...drawn.map((w) => w.id)], params: { nodeGroup: ng.name, zones, workload } });
      }
    }
    return findings;
  },
});
