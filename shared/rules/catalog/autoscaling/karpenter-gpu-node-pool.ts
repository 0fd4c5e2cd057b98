import { defineRule } from '../../define.js';
import { familyMaxGpus, instanceTypeInfo } from '../../../data/instance-types.js';
import type { Finding } from '../../types.js';
import { hybridNodeCount, nodeGroupsOfCluster, placedWorkloads } from '../../facts/compute.js';
import { mostGpus } from '../node-groups/gpu-workload-nodes.js';

/**
 * A GPU workload drawn loose in a Karpenter cluster: the NodePool the bundle writes (shared/manifests/karpenter.ts)
 * lets Karpenter launch only the family of the cluster's Karpenter instance type, so a family without enough GPUs
 * (the default m6i) never gets a node for it, unless one of the cluster's node groups has them.
 */
export const karpenterGpuNodePool = defineRule({
  id: 'as.karpenter-gpu-node-pool',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://karpenter.sh/docs/concepts/nodepools/',
  text: {
    en: {
      message:
        'Workload {{workload}} requests {{gpus}} GPU(s) per Pod, but the Karpenter NodePool of cluster {{cluster}} launches only {{family}} instances (the family of its Karpenter instance type {{instanceType}}), which have at most {{available}}, and no node group of the cluster has more; its Pods stay Pending.',
      fix: 'Set the Karpenter instance type of {{cluster}} to a GPU type of a family with at least {{gpus}} GPU(s) per instance (e.g. g5.xlarge, g6.xlarge), or draw {{workload}} in a GPU node group.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は Pod あたり {{gpus}} 個の GPU を要求していますが、クラスター {{cluster}} の Karpenter の NodePool は {{family}} のインスタンス（Karpenter のインスタンスタイプ {{instanceType}} のファミリー）だけを起動し、その GPU は最大 {{available}} 個です。クラスターのノードグループにもそれ以上の GPU はないため、Pod は Pending のままになります。',
      fix: '{{cluster}} の Karpenter のインスタンスタイプを、インスタンスあたり {{gpus}} 個以上の GPU を持つファミリーの GPU タイプ（例: g5.xlarge、g6.xlarge）にするか、{{workload}} を GPU ノードグループに配置してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const { workload, placement } of placedWorkloads(index)) {
      const { gpus } = workload.props;
      if (gpus === 0 || placement.on !== 'cluster') continue;
      const { cluster } = placement;
      if (cluster.props.addons.nodeAutoscaler !== 'karpenter' || hybridNodeCount(index, cluster) > 0) continue;
      const { instanceType } = cluster.props.addons.karpenterCapacity;
      // An unknown type puts no family in the NodePool: Karpenter may launch any type.
      const info = instanceTypeInfo(instanceType);
      if (!info) continue;
      const groups = nodeGroupsOfCluster(index, cluster);
      const inGroups = mostGpus(groups);
      if (inGroups === undefined) continue;
      const available = Math.max(familyMaxGpus(info.family), inGroups);
      if (available >= gpus) continue;
      findings.push({
        partIds: [workload.id, cluster.id],
        params: { workload: workload.name, gpus, cluster: cluster.name, family: info.family, instanceType, available },
      });
    }
    return findings;
  },
});
