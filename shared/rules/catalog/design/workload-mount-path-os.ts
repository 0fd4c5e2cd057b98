import { defineRule } from '../../define.js';
import { placedWorkloads } from '../../facts/compute.js';
import { isWindowsNodeGroup } from '../../facts/cluster-compute.js';
import { isWindowsMountPath } from '../../../model/workload-volume.js';
import type { Finding } from '../../types.js';

/**
 * A volume mount path with a Windows drive (`C:\data`) on a workload whose Pods run on Linux: a Linux node group,
 * the cluster's own nodes (the manifests keep those workloads on Linux) or Fargate. The API server takes any path, and
 * the kubelet on Linux makes one that is not absolute so by putting "/" in front (kubelet_pods.go makeMounts,
 * MakeAbsolutePath): the volume is mounted at `/C:\data`, a directory the application does not use, so what it writes
 * where it means to is lost with the container. A warning: the Pods run, only the data is not where it should be.
 */
export const workloadMountPathOs = defineRule({
  id: 'design.workload-mount-path-os',
  severity: 'warning',
  area: 'design',
  source: 'https://kubernetes.io/docs/concepts/storage/windows-storage/',
  text: {
    en: {
      message:
        'Workload {{workload}} mounts its volume at the Windows path {{mountPath}}, but its Pods run on Linux ({{where}}); the kubelet there mounts it at /{{mountPath}} instead, a directory the application does not use, so its data is not kept.',
      fix: 'Give {{workload}} a Linux mount path such as /data, or run it on a Windows node group.',
    },
    ja: {
      message:
        'ワークロード {{workload}} はボリュームを Windows のパス {{mountPath}} にマウントしますが、Pod は Linux（{{where}}）で実行されます。Linux の kubelet は代わりに /{{mountPath}} にマウントし、アプリケーションはそのディレクトリを使わないため、データが保存されません。',
      fix: '{{workload}} のマウントパスを /data のような Linux のパスにするか、Windows のノードグループで実行してください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    const placed = placedWorkloads(index);
    for (let i = 0; i < placed.length; i++) {
      const { workload, placement } = placed[i]!;
      const volume = workload.props.volume;
      if (volume === undefined || !isWindowsMountPath(volume.mountPath)) continue;
      let host: { id: string; name: string };
      if (placement.on === 'node-group') {
        if (isWindowsNodeGroup(placement.nodeGroup)) continue;
        host = placement.nodeGroup;
      } else if (placement.on === 'fargate') host = placement.profile;
      else if (placement.on === 'cluster') host = placement.cluster;
      else continue;
      out.push({
        partIds: [workload.id, host.id],
        params: { workload: workload.name, mountPath: volume.mountPath, where: host.name },
      });
    }
    return out;
  },
});
