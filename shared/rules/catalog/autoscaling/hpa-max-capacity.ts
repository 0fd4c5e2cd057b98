import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import type { PartOf } from '../../../model/parts.js';
import { workloadsOnNodeGroup } from '../../facts/compute.js';
import { clusterDaemonSets, groupDemand, nodeGroupDemands, reachableNodes, steadyPods } from '../node-groups/capacity-fit.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Pods a workload may run at its HPA's maximum (Deployments and StatefulSets; the HPA scales nothing else). */
function peakPods(w: PartOf<'workload'>): number {
  const hpa = w.props.hpa;
  const scalable = w.props.workloadKind === 'Deployment' || w.props.workloadKind === 'StatefulSet';
  return scalable && hpa ? Math.max(steadyPods(w), hpa.maxReplicas) : steadyPods(w);
}

/**
 * The pods of a node group fit at their steady counts (else ng.capacity-fit speaks), but not at their HPAs'
 * maximums: the group cannot grow past its maximum with Cluster Autoscaler (its desired size without), and Karpenter
 * launches no node for pods pinned to a group. The HPA then adds pods that stay Pending exactly when load peaks,
 * which no test at steady load shows.
 */
export const hpaMaxCapacity = defineRule({
  id: 'as.hpa-max-capacity',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
  text: {
    en: {
      message:
        'At the HPA maximum of {{workloads}}, the {{pods}} pods placed on node group {{nodeGroup}} request {{cpu}} vCPU and {{memory}} GiB and need {{needed}} {{instanceType}} nodes; the group has at most {{reachable}} (node autoscaler: {{autoscaler}}), so the pods the HPA adds beyond that stay Pending while load peaks.',
      fix: 'Let {{nodeGroup}} grow to {{needed}} nodes (Cluster Autoscaler with that maximum size), use a larger instance type, or lower the HPA maximum of {{workloads}}.',
    },
    ja: {
      message:
        '{{workloads}} の HPA が最大になると、ノードグループ {{nodeGroup}} に配置された {{pods}} 個の Pod は {{cpu}} vCPU / {{memory}} GiB を要求し、{{instanceType}} のノードが {{needed}} 台必要です。グループは最大 {{reachable}} 台（ノードオートスケーラー: {{autoscaler}}）なので、それを超えて HPA が追加する Pod は負荷のピーク時に Pending のままになります。',
      fix: '{{nodeGroup}} を {{needed}} 台まで増やせるようにする（その最大サイズで Cluster Autoscaler を使う）、より大きなインスタンスタイプを使う、または {{workloads}} の HPA の最大値を下げてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    let daemons: Map<string, PartOf<'workload'>[]> | undefined;
    for (const { cluster, ng, d } of nodeGroupDemands(index)) {
      const reachable = reachableNodes(cluster, ng);
      // Not fitting at steady counts is ng.capacity-fit's finding (or ng.pod-exceeds-node's).
      if (d.pods === 0 || d.tooLarge.length > 0 || d.needed > reachable) continue;
      const scaled: PartOf<'workload'>[] = [];
      const onGroup = workloadsOnNodeGroup(index, ng);
      for (let i = 0; i < onGroup.length; i++) if (peakPods(onGroup[i]!) > steadyPods(onGroup[i]!)) scaled.push(onGroup[i]!);
      if (scaled.length === 0) continue;
      daemons ??= clusterDaemonSets(index);
      const peak = groupDemand(index, ng, daemons.get(cluster.id) ?? [], peakPods);
      if (!peak || !Number.isFinite(peak.needed) || peak.needed <= reachable) continue;
      const autoscaler = cluster.props.addons.nodeAutoscaler;
      findings.push({
        partIds: [ng.id, ...scaled.map((w) => w.id)],
        params: {
          workloads: scaled.map((w) => w.name).join(', '),
          nodeGroup: ng.name,
          pods: peak.pods,
          cpu: round1(peak.cpuMillicores / 1000),
          memory: round1(peak.memoryMiB / 1024),
          needed: peak.needed,
          instanceType: peak.type,
          reachable,
          autoscaler: autoscaler === 'none' ? '-' : autoscaler === 'karpenter' ? 'Karpenter' : 'Cluster Autoscaler',
        },
      });
    }
    return findings;
  },
});
