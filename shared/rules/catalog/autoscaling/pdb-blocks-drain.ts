import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/**
 * A PodDisruptionBudget whose minAvailable is at least the pods running leaves no pod the eviction API
 * may remove, so every drain of their nodes waits forever: managed node group updates fail with
 * PodEvictionFailure, and Cluster Autoscaler and Karpenter can never remove those nodes.
 */
export const pdbBlocksDrain = defineRule({
  id: 'as.pdb-blocks-drain',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
  text: {
    en: {
      message:
        'The disruption budget of workload {{workload}} keeps {{minAvailable}} pod(s) available, but only {{replicas}} run: no pod may ever be evicted, so draining their nodes blocks (node group updates fail with PodEvictionFailure, and autoscalers cannot remove the nodes).',
      fix: 'Set the disruption budget of {{workload}} below {{replicas}} (e.g. {{suggested}}), or run more replicas.',
    },
    ja: {
      message:
        'ワークロード {{workload}} の PodDisruptionBudget は {{minAvailable}} 個の Pod を維持しますが、動いている Pod は {{replicas}} 個だけです。どの Pod も退避できないため、ノードのドレインが止まります（ノードグループの更新は PodEvictionFailure で失敗し、オートスケーラーもノードを削除できません）。',
      fix: '{{workload}} の PodDisruptionBudget を {{replicas}} 未満（例: {{suggested}}）にするか、レプリカを増やしてください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      const { disruptionBudget, workloadKind, hpa, replicas } = workload.props;
      if (!disruptionBudget || (workloadKind !== 'Deployment' && workloadKind !== 'StatefulSet')) continue;
      // With an HPA the floor is what may be running when a drain comes.
      const running = hpa ? hpa.minReplicas : replicas;
      if (running === 0 || disruptionBudget.minAvailable < running) continue;
      findings.push({
        partIds: [workload.id],
        params: {
          workload: workload.name,
          minAvailable: disruptionBudget.minAvailable,
          replicas: running,
          suggested: running - 1,
        },
      });
    }
    return findings;
  },
});
