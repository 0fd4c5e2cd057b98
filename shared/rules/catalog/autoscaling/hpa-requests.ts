import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const hpaRequests = defineRule({
  id: 'as.hpa-requests',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
  text: {
    en: {
      message:
        'Workload {{workload}} scales on {{target}}% CPU utilization but has no CPU request; utilization is measured against the request, so the HPA takes no action.',
      fix: 'Set a CPU request (millicores) on workload {{workload}}.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は CPU 使用率 {{target}}% を目標に自動スケーリングしますが、CPU リクエストがありません。使用率はリクエストに対して計算されるため、HPA は何もしません。',
      fix: 'ワークロード {{workload}} に CPU リクエスト（ミリコア）を設定してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      const hpa = workload.props.hpa;
      if (!hpa || workload.props.cpuMillicores > 0) continue;
      findings.push({ partIds: [workload.id], params: { workload: workload.name, target: hpa.targetCpuPercent } });
    }
    return findings;
  },
});
