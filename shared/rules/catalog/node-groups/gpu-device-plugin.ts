import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { isNvidiaInstanceType } from '../../../data/instance-types.js';

/** Taints the NVIDIA device plugin's DaemonSet tolerates as NVIDIA ships it (static manifest and Helm chart). */
const TOLERATED_BY_PLUGIN = new Set(['nvidia.com/gpu', 'CriticalAddonsOnly']);

/**
 * Pods get GPUs only on nodes where the NVIDIA device plugin runs and advertises `nvidia.com/gpu`. The
 * plugin is a DaemonSet on the EKS-optimized AL2023/AL2 NVIDIA AMIs (eksctl and the Helm chart install it
 * with NVIDIA's tolerations); Bottlerocket's NVIDIA variants run it on the host, so taints do not matter
 * there. A node group tainted with any other key keeps the DaemonSet off its nodes, and GPU pods stay
 * Pending though the instances have GPUs.
 */
export const gpuDevicePlugin = defineRule({
  id: 'ng.gpu-device-plugin',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://github.com/NVIDIA/k8s-device-plugin#enabling-gpu-support-in-kubernetes',
  text: {
    en: {
      message:
        'Workload {{workload}} requests GPUs on node group {{nodeGroup}}, whose taint {{taint}} the NVIDIA device plugin does not tolerate: the plugin does not run there, the nodes advertise no nvidia.com/gpu, and the pods stay Pending.',
      fix: 'Taint {{nodeGroup}} with nvidia.com/gpu instead of {{taint}}, or add a toleration for {{taint}} to the NVIDIA device plugin.',
    },
    ja: {
      message:
        'ワークロード {{workload}} はノードグループ {{nodeGroup}} で GPU を要求していますが、NVIDIA デバイスプラグインはこのグループのテイント {{taint}} を許容しません。プラグインが動かず、ノードが nvidia.com/gpu を公開しないため、Pod は Pending のままになります。',
      fix: '{{nodeGroup}} のテイントを {{taint}} ではなく nvidia.com/gpu にするか、NVIDIA デバイスプラグインに {{taint}} の許容（toleration）を追加してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      if (workload.props.gpus === 0) continue;
      const placement = index.placementOf(workload);
      if (placement.on !== 'node-group') continue;
      const ng = placement.nodeGroup;
      // Bottlerocket runs the plugin on the host; groups without NVIDIA types are ng.gpu-workload-no-gpu-nodes' finding.
      if (ng.props.amiFamily === 'Bottlerocket' || !ng.props.instanceTypes.some(isNvidiaInstanceType)) continue;
      const taint = ng.props.taints.find((t) => t.effect !== 'PreferNoSchedule' && !TOLERATED_BY_PLUGIN.has(t.key));
      if (!taint) continue;
      const text = `${taint.key}${taint.value !== '' ? `=${taint.value}` : ''}:${taint.effect}`;
      findings.push({ partIds: [workload.id, ng.id], params: { workload: workload.name, nodeGroup: ng.name, taint: text } });
    }
    return findings;
  },
});
