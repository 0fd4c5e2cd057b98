import { defineRule } from '../../define.js';
import { instanceTypeInfo } from '../../../data/instance-types.js';

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
    return index.nodeGroups().flatMap((ng) => {
      if (index.clusterOf(ng)?.props.addons.nodeAutoscaler !== 'cluster-autoscaler') return [];
      const shapes = new Set<string>();
      const described: string[] = [];
      for (const type of new Set(ng.props.instanceTypes)) {
        const info = instanceTypeInfo(type);
        if (!info) continue;
        shapes.add(`${info.vcpu}/${info.memoryGiB}/${info.gpus}`);
        described.push(`${type} ${info.vcpu} vCPU ${info.memoryGiB} GiB`);
      }
      return shapes.size > 1 ? [{ partIds: [ng.id], params: { nodeGroup: ng.name, types: described.join(', ') } }] : [];
    });
  },
});
