import { defineRule } from '../../define.js';
import { placedWorkloads } from '../../facts/compute.js';
import { isWindowsNodeGroup } from '../../facts/cluster-compute.js';
import type { Finding } from '../../types.js';

/**
 * "The Amazon EFS CSI driver isn't compatible with Windows-based container images": its node DaemonSet, which mounts
 * the file system for a Pod, runs on Linux nodes only (the add-on table's runsOn, shared/model/addons.ts). A workload
 * drawn in a Windows node group is a Windows one (the manifests select Windows nodes for it), so an EFS volume never
 * mounts and its Pods stay in ContainerCreating. EBS is not this rule's (the EBS CSI driver has a Windows node).
 */
export const workloadEfsWindows = defineRule({
  id: 'design.workload-efs-windows',
  severity: 'error',
  area: 'design',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html',
  text: {
    en: {
      message:
        'Workload {{workload}} keeps its data on EFS but runs on Windows node group {{nodeGroup}}; the Amazon EFS CSI driver isn\u2019t compatible with Windows-based container images, so the volume is never mounted and its Pods never start.',
      fix: 'Run {{workload}} on a Linux node group, or remove its EFS volume.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は EFS にデータを保存しますが、Windows のノードグループ {{nodeGroup}} で実行されます。Amazon EFS CSI ドライバーは Windows ベースのコンテナイメージに対応していないため、ボリュームはマウントされず、Pod が起動しません。',
      fix: '{{workload}} を Linux のノードグループで実行するか、EFS ボリュームを外してください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      if (workload.props.volume?.storage !== 'efs' || placement.on !== 'node-group') continue;
      if (!isWindowsNodeGroup(placement.nodeGroup)) continue;
      out.push({
        partIds: [workload.id, placement.nodeGroup.id],
        params: { workload: workload.name, nodeGroup: placement.nodeGroup.name },
      });
    }
    return out;
  },
});
