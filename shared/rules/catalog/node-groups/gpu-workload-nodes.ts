import { defineRule } from '../../define.js';
import { instanceTypeInfo, isGpuInstanceType } from '../../../data/instance-types.js';
import type { NodeGroupPart } from '../../../model/parts.js';
import { hybridNodeCount, nodeGroupsOfCluster, placedWorkloads } from '../../facts/compute.js';

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
      if (gpus === 0) return [];
      let groups: readonly NodeGroupPart[];
      if (placement.on === 'node-group') groups = [placement.nodeGroup];
      else if (placement.on === 'cluster') {
        // A workload drawn loose in the cluster may go to any of its node groups, unless Karpenter or
        // hybrid nodes could bring GPUs the design does not show.
        const cluster = placement.cluster;
        if (cluster.props.addons.nodeAutoscaler === 'karpenter' || hybridNodeCount(index, cluster) > 0) return [];
        groups = nodeGroupsOfCluster(index, cluster);
      } else return [];
      const available = mostGpus(groups);
      if (groups.length === 0 || available === undefined || available >= gpus) return [];
      return [
        {
          partIds: [workload.id, ...groups.map((ng) => ng.id)],
          params: { workload: workload.name, gpus, nodeGroup: groups.map((ng) => ng.name).join(', '), available },
        },
      ];
    });
  },
});

/** Most GPUs one instance of these node groups has; undefined when an unlisted GPU type might have more. */
export function mostGpus(groups: readonly NodeGroupPart[]): number | undefined {
  let most = 0;
  for (const ng of groups) {
    for (const type of ng.props.instanceTypes) {
      const info = instanceTypeInfo(type);
      if (!info && isGpuInstanceType(type)) return undefined;
      most = Math.max(most, info?.gpus ?? 0);
    }
  }
  return most;
}
