import { defineRule } from '../../define.js';
import { placedWorkloads } from '../../facts/compute.js';

export const gpuOnFargate = defineRule({
  id: 'ng.gpu-on-fargate',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  text: {
    en: {
      message:
        'Workload {{workload}} requests {{gpus}} GPU(s) per pod but runs on Fargate profile {{profile}}; GPUs (and Inferentia) are not available on Fargate.',
      fix: 'Run {{workload}} on an EC2 node group with GPU instance types (or a Karpenter NodePool).',
    },
    ja: {
      message:
        'ワークロード {{workload}} は Pod あたり {{gpus}} 個の GPU を要求していますが、Fargate プロファイル {{profile}} で実行されます。Fargate では GPU（および Inferentia）を使えません。',
      fix: '{{workload}} を GPU インスタンスタイプの EC2 ノードグループ（または Karpenter の NodePool）で実行してください。',
    },
  },
  check(index) {
    return placedWorkloads(index).flatMap(({ workload, placement }) =>
      placement.on === 'fargate' && workload.props.gpus > 0
        ? [
            {
              partIds: [workload.id, placement.profile.id],
              params: { workload: workload.name, gpus: workload.props.gpus, profile: placement.profile.name },
            },
          ]
        : [],
    );
  },
});
