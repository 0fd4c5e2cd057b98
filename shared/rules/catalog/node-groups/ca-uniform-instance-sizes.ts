import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { instanceTypeInfo, type InstanceTypeInfo } from '../../../data/instance-types.js';

/**
 * Whether the known types differ in vCPU, memory or GPUs. Compared as numbers, with no text per type: the
 * description is written only for a finding, and most node groups have one size.
 */
function mixedSizes(instanceTypes: readonly string[]): boolean {
  let first: InstanceTypeInfo | undefined;
  for (const type of instanceTypes) {
    const info = instanceTypeInfo(type);
    if (!info) continue;
    if (!first) first = info;
    else if (info.vcpu !== first.vcpu || info.memoryGiB !== first.memoryGiB || info.gpus !== first.gpus) return true;
  }
  return false;
}

export const caUniformInstanceSizes = defineRule({
  id: 'ng.ca-uniform-instance-sizes',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/cas.html',
  text: {
    en: {
      message:
        'Cluster Autoscaler manages node group {{nodeGroup}}, whose instance types differ in size ({{types}}); it plans with one type, so capacity is wasted or pods stay unschedulable.',
      fix: 'Use instance types with the same vCPU, memory and GPUs in each node group, and make separate node groups per size.',
    },
    ja: {
      message:
        'Cluster Autoscaler が管理するノードグループ {{nodeGroup}} のインスタンスタイプはサイズが異なります（{{types}}）。1 つのタイプを前提に計算するため、キャパシティが無駄になるか Pod がスケジュールできなくなります。',
      fix: '各ノードグループでは vCPU・メモリ・GPU が同じインスタンスタイプを使い、サイズごとに別のノードグループを作ってください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per node group on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const nodeGroups = index.nodeGroups();
    for (let i = 0; i < nodeGroups.length; i++) {
      const ng = nodeGroups[i]!;
      if (index.clusterOf(ng)?.props.addons.nodeAutoscaler !== 'cluster-autoscaler') continue;
      if (!mixedSizes(ng.props.instanceTypes)) continue;
      const described: string[] = [];
      for (const type of new Set(ng.props.instanceTypes)) {
        const info = instanceTypeInfo(type);
        if (info) described.push(`${type} ${info.vcpu} vCPU ${info.memoryGiB} GiB`);
      }
      findings.push({ partIds: [ng.id], params: { nodeGroup: ng.name, types: described.join(', ') } });
    }
    return findings;
  },
});
