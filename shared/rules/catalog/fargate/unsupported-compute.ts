import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { placedWorkloads } from '../../facts/compute.js';

/**
 * What Fargate cannot give a pod, as far as a design shows it. GPUs are ng.gpu-on-fargate's finding, Fargate on
 * Outposts eksctl.outpost's; Windows or Arm-only images and CNI plugins are not in the design. What is: a workload's
 * EBS volume, and "You can't mount Amazon EBS volumes to Fargate Pods" (the EBS CSI node DaemonSet runs only on
 * EC2), so the Pod never starts. A workload with no volume (a StatefulSet may keep nothing) or with EFS is not
 * this rule's.
 */
export const unsupportedCompute = defineRule({
  id: 'fargate.unsupported-compute',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
  text: {
    en: {
      message:
        'Workload {{workload}} keeps its data on an EBS volume but runs on Fargate profile {{profile}}; EBS volumes cannot be mounted to Fargate Pods, so its Pods never start.',
      fix: 'Run {{workload}} on an EC2 node group with the EBS CSI driver, or give it no volume.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は EBS ボリュームにデータを保存しますが、Fargate プロファイル {{profile}} で実行されます。Fargate の Pod には EBS ボリュームをマウントできないため、Pod が起動しません。',
      fix: '{{workload}} を EBS CSI ドライバーのある EC2 ノードグループで実行するか、ボリュームを外してください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      if (placement.on !== 'fargate' || workload.props.volume?.storage !== 'ebs') continue;
      out.push({
        partIds: [workload.id, placement.profile.id],
        params: { workload: workload.name, profile: placement.profile.name },
      });
    }
    return out;
  },
});
