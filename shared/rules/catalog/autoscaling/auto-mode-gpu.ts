import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { autoModeRunsNodes, hybridNodeCount, nodeGroupsOfCluster, placedWorkloads } from '../../facts/compute.js';
import { mostGpus } from '../node-groups/gpu-workload-nodes.js';

/**
 * A GPU workload drawn loose in an Auto Mode cluster: the built-in node pools launch only C, M and R instances, so it
 * needs a NodePool of its own (AWS's "Deploy an accelerated workload"), which is created outside the design: a
 * warning. A node group of the cluster with enough GPUs takes it instead (ng.gpu-workload-no-gpu-nodes otherwise).
 */
export const autoModeGpu = defineRule({
  id: 'as.auto-mode-gpu',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/set-builtin-node-pools.html',
  text: {
    en: {
      message:
        'Workload {{workload}} requests {{gpus}} GPU(s) per Pod on the Auto Mode nodes of cluster {{cluster}}, but its built-in node pools launch only C, M and R instances, which have no GPUs; without a GPU NodePool of your own its Pods stay Pending.',
      fix: 'Create an Auto Mode NodePool that allows a GPU family (e.g. g6) before applying {{workload}}, as AWS’s "Deploy an accelerated workload" shows, or draw {{workload}} in a GPU node group.',
    },
    ja: {
      message:
        'ワークロード {{workload}} はクラスター {{cluster}} の Auto Mode のノードで Pod あたり {{gpus}} 個の GPU を要求していますが、組み込みノードプールが起動するのは GPU のない C、M、R のインスタンスだけです。GPU 用の NodePool を自分で作成しない限り、Pod は Pending のままになります。',
      fix: '{{workload}} を適用する前に GPU ファミリー（例: g6）を許可する Auto Mode の NodePool を作成する（AWS の「Deploy an accelerated workload」を参照）か、{{workload}} を GPU ノードグループに配置してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const { workload, placement } of placedWorkloads(index)) {
      const { gpus } = workload.props;
      if (gpus === 0 || placement.on !== 'cluster') continue;
      const { cluster } = placement;
      if (!autoModeRunsNodes(cluster) || cluster.props.addons.nodeAutoscaler === 'karpenter') continue;
      if (hybridNodeCount(index, cluster) > 0) continue;
      const groups = nodeGroupsOfCluster(index, cluster);
      const inGroups = groups.length === 0 ? 0 : mostGpus(groups);
      if (inGroups === undefined || inGroups >= gpus) continue;
      findings.push({ partIds: [workload.id, cluster.id], params: { workload: workload.name, gpus, cluster: cluster.name } });
    }
    return findings;
  },
});
