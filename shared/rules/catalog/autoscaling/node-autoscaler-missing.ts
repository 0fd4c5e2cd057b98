import { instanceTypeInfo, type InstanceTypeInfo } from '../../../data/instance-types.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The type a group's nodes are counted as: On-Demand, the first listed (EKS launches a managed group's On-Demand
 * nodes in the listed order, allocation strategy "prioritized"); Spot, whose nodes may be of any listed type, the
 * one with the least memory (then vCPU), the worst case. Undefined when a type is unknown.
 */
function nodeTypeOf(types: readonly string[], spot: boolean): InstanceTypeInfo | undefined {
  let chosen = instanceTypeInfo(types[0] ?? '');
  if (!spot) return chosen;
  for (let i = 1; i < types.length && chosen; i++) {
    const info = instanceTypeInfo(types[i]!);
    if (!info) return undefined;
    if (info.memoryGiB < chosen.memoryGiB || (info.memoryGiB === chosen.memoryGiB && info.vcpu < chosen.vcpu)) chosen = info;
  }
  return chosen;
}

export const nodeAutoscalerMissing = defineRule({
  id: 'as.node-autoscaler-missing',
  severity: 'info',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/autoscaling.html',
  text: {
    en: {
      message:
        'At their HPA maximums the pods of cluster {{cluster}} request {{cpu}} vCPU and {{memory}} GiB, but its nodes at desired size have {{nodeCpu}} vCPU and {{nodeMemory}} GiB, and nothing adds nodes: extra replicas would stay Pending.',
      fix: 'Add Cluster Autoscaler or Karpenter to {{cluster}}, raise the node groups\u2019 desired size, or run the workloads on Fargate.',
    },
    ja: {
      message:
        'HPA の上限まで増えると、クラスター {{cluster}} の Pod は {{cpu}} vCPU / {{memory}} GiB を要求しますが、ノードは希望サイズで {{nodeCpu}} vCPU / {{nodeMemory}} GiB しかなく、ノードを追加する仕組みもありません。増えたレプリカは Pending のままになります。',
      fix: '{{cluster}} に Cluster Autoscaler か Karpenter を追加する、ノードグループの希望サイズを増やす、またはワークロードを Fargate で動かしてください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    for (const cluster of index.ofKind('cluster')) {
      if (cluster.props.addons.nodeAutoscaler !== 'none') continue;
      let nodeCpu = 0;
      let nodeMemory = 0;
      let known = true;
      for (const p of index.children(cluster)) {
        if (p.kind !== 'managed-node-group' && p.kind !== 'self-managed-node-group') continue;
        const info = nodeTypeOf(p.props.instanceTypes, p.props.capacityType === 'SPOT');
        if (!info) known = false;
        else {
          nodeCpu += p.props.desiredCapacity * info.vcpu;
          nodeMemory += p.props.desiredCapacity * info.memoryGiB;
        }
      }
      // An unlisted instance type leaves the capacity unknown; better silent than wrong.
      if (!known) continue;
      let cpu = 0;
      let memory = 0;
      const scaled: string[] = [];
      for (const w of index.workloadsOf(cluster)) {
        const on = index.placementOf(w).on;
        // Fargate brings its own capacity; DaemonSets grow with the nodes, not the other way round.
        if ((on !== 'node-group' && on !== 'cluster') || w.props.workloadKind === 'DaemonSet') continue;
        const pods = w.props.hpa ? Math.max(w.props.hpa.maxReplicas, w.props.hpa.minReplicas) : w.props.replicas;
        if (w.props.hpa) scaled.push(w.id);
        cpu += (pods * w.props.cpuMillicores) / 1000;
        memory += (pods * w.props.memoryMiB) / 1024;
      }
      if (scaled.length === 0 || (cpu <= nodeCpu && memory <= nodeMemory)) continue;
      out.push({
        partIds: [cluster.id, ...scaled],
        params: { cluster: cluster.name, cpu: round1(cpu), memory: round1(memory), nodeCpu, nodeMemory },
      });
    }
    return out;
  },
});
