import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { placedWorkloads } from '../../facts/compute.js';

/**
 * Fargate mounts EFS with its own driver, but "You can't use dynamic provisioning for persistent volumes with
 * Fargate nodes, but you can use static provisioning." A workload's EFS volume is a claim on the EFS CSI driver's
 * dynamically provisioning StorageClass (an access point per claim, shared/manifests/storage.ts), which a Fargate Pod
 * cannot use: it would never start.
 */
export const efsStaticOnly = defineRule({
  id: 'fargate.efs-static-only',
  severity: 'error',
  area: 'fargate',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html',
  text: {
    en: {
      message:
        'Workload {{workload}} runs on Fargate profile {{profile}} with an EFS volume, which the manifests claim by dynamic provisioning (an access point per claim); Fargate Pods can mount only statically provisioned EFS volumes, so its Pods never start.',
      fix: 'Run {{workload}} on an EC2 node group with the EFS CSI driver, or create a PersistentVolume for the file system yourself and claim it instead of the generated one.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は EFS ボリュームを使って Fargate プロファイル {{profile}} で実行されますが、マニフェストは動的プロビジョニング（クレームごとのアクセスポイント）でボリュームを要求します。Fargate の Pod は静的にプロビジョニングした EFS ボリュームしかマウントできないため、Pod が起動しません。',
      fix: '{{workload}} を EFS CSI ドライバーのある EC2 ノードグループで実行するか、ファイルシステムの PersistentVolume を自分で作成し、生成されたクレームの代わりにそれを要求してください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      if (placement.on !== 'fargate' || workload.props.volume?.storage !== 'efs') continue;
      out.push({
        partIds: [workload.id, placement.profile.id],
        params: { workload: workload.name, profile: placement.profile.name },
      });
    }
    return out;
  },
});
