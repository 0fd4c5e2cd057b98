import { defineRule } from '../../define.js';
import { instanceTypeInfo, isGpuInstanceType } from '../../../data/instance-types.js';
import { placedWorkloads } from './compute.js';

export const gpuWorkloadNodes = defineRule({
  id: 'ng.gpu-workload-no-gpu-nodes',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/ml-eks-optimized-ami.html',
  text: {
    en: {
      message:
        'Workload {{workload}} requests {{gpus}} GPU(s) per pod, but the instance types of node group {{nodeGroup}} offer at most {{available}}; its pods stay Pending.',
      fix: 'Place {{workload}} on a node group with GPU instance types that have at least {{gpus}} GPU(s) (e.g. g5.xlarge, g5.12xlarge), or lower its GPU request.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は Pod あたり {{gpus}} 個の GPU を要求していますが、ノードグループ {{nodeGroup}} のインスタンスタイプは最大 {{available}} 個しか提供しないため、Pod は Pending のままになります。',
      fix: '{{workload}} を GPU を {{gpus}} 個以上持つインスタンスタイプ（例: g5.xlarge、g5.12xlarge）のノードグループに配置するか、GPU の要求を減らしてください。',
    },
  },
  check(index) {
    return placedWorkloads(index).flatMap(({ workload, placement }) => {
      const { gpus } = workload.props;
      if (placement.on !== 'node-group' || gpus === 0) return [];
      const ng = placement.nodeGroup;
      let available = 0;
      for (const type of ng.props.instanceTypes) {
        const info = instanceTypeInfo(type);
        // An unlisted GPU type (p5, g6...) might have enough GPUs: do not guess.
        if (!info && isGpuInstanceType(type)) return [];
        available = Math.max(available, info?.gpus ?? 0);
      }
      if (available >= gpus) return [];
      return [{ partIds: [workload.id, ng.id], params: { workload: workload.name, gpus, nodeGroup: ng.name, available } }];
    });
  },
});
