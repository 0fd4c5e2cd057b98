import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { placedWorkloads } from '../../facts/compute.js';

/**
 * What Fargate cannot give a pod, as far as a design shows it. GPUs are ng.gpu-on-fargate's finding, Fargate on
 * Outposts eksctl.outpost's; Windows or Arm-only images, EBS claims and CNI plugins are not in the design.
 * What is: StatefulSets, which usually keep their data on EBS volumes, and "You can't mount Amazon EBS volumes to
 * Fargate Pods" (the EBS CSI node DaemonSet runs only on EC2). A StatefulSet may use no volume or EFS (static
 * provisioning only), hence a warning, as addon.ebs-csi-iam warns for StatefulSets on EC2 without the driver.
 */
export const unsupportedCompute = defineRule({
  id: 'fargate.unsupported-compute',
  severity: 'warning',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  text: {
    en: {
      message:
        'StatefulSet {{workload}} runs on Fargate profile {{profile}}; StatefulSets usually keep their data on EBS volumes, but EBS volumes cannot be mounted to Fargate pods, so such PersistentVolumeClaims never bind.',
      fix: 'Run {{workload}} on an EC2 node group with the EBS CSI driver, or give it statically provisioned EFS volumes (Fargate mounts EFS, without dynamic provisioning).',
    },
    ja: {
      message:
        'StatefulSet {{workload}} は Fargate プロファイル {{profile}} で実行されます。StatefulSet は通常 EBS ボリュームにデータを保存しますが、Fargate の Pod には EBS ボリュームをマウントできないため、そのような PersistentVolumeClaim はバインドされません。',
      fix: '{{workload}} を EBS CSI ドライバーのある EC2 ノードグループで実行するか、静的にプロビジョニングした EFS ボリュームを使ってください（Fargate は EFS をマウントできますが、動的プロビジョニングは使えません）。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      if (placement.on !== 'fargate' || workload.props.workloadKind !== 'StatefulSet') continue;
      out.push({
        partIds: [workload.id, placement.profile.id],
        params: { workload: workload.name, profile: placement.profile.name },
      });
    }
    return out;
  },
});
