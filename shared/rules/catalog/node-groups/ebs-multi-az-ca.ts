import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { nodeGroupsOfCluster, placedWorkloads, workloadsOnNodeGroup } from '../../facts/compute.js';

export const ebsMultiAzCa = defineRule({
  id: 'ng.ebs-multi-az-ca',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  text: {
    en: {
      message:
        'Cluster Autoscaler scales node group {{nodeGroup}} across {{zones}} Availability Zones while StatefulSet {{workload}} can use EBS volumes; EBS volumes are bound to one AZ, so a scale-up can add a node in the wrong AZ and leave the pod Pending.',
      fix: 'Give stateful workloads one node group per Availability Zone and run Cluster Autoscaler with --balance-similar-node-groups, or use Karpenter.',
    },
    ja: {
      message:
        'Cluster Autoscaler はノードグループ {{nodeGroup}} を {{zones}} つのアベイラビリティーゾーンにまたがってスケーリングしますが、StatefulSet {{workload}} は EBS ボリュームを使う可能性があります。EBS ボリュームは 1 つのゾーンに固定されるため、別のゾーンにノードが追加されて Pod が Pending のままになることがあります。',
      fix: 'ステートフルなワークロードにはアベイラビリティーゾーンごとにノードグループを作り、Cluster Autoscaler を --balance-similar-node-groups 付きで実行するか、Karpenter を使ってください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const looseStatefulSets = new Map<string, string>();
    for (const { workload, placement } of placedWorkloads(index)) {
      if (
        placement.on === 'cluster' &&
        workload.props.workloadKind === 'StatefulSet' &&
        !looseStatefulSets.has(placement.cluster.id)
      ) {
        looseStatefulSets.set(placement.cluster.id, workload.name);
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
        // The StatefulSets before the zones: most groups run none, and then the zones need no counting.
        const drawn = workloadsOnNodeGroup(index, ng).filter((w) => w.props.workloadKind === 'StatefulSet');
        const workload = drawn[0]?.name ?? looseStatefulSets.get(cluster.id);
        if (workload === undefined) continue;
        const zones = new Set(index.nodeGroupSubnets(ng).map((s) => s.availabilityZone)).size;
        if (zones < 2) continue;
        findings.push({ partIds: [ng.id, ...drawn.map((w) => w.id)], params: { nodeGroup: ng.name, zones, workload } });
      }
    }
    return findings;
  },
});
