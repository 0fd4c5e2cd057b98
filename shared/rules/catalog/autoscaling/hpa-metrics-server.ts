import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { enableAddon } from '../../fix-edits.js';

export const hpaMetricsServer = defineRule({
  id: 'as.hpa-metrics-server',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/horizontal-pod-autoscaler.html',
  text: {
    en: {
      message:
        'Workload {{workload}} has a Horizontal Pod Autoscaler, but cluster {{cluster}} has no Metrics Server, so the HPA gets no CPU figures and never scales.',
      fix: 'Turn on the Metrics Server add-on of cluster {{cluster}}.',
    },
    ja: {
      message:
        'ワークロード {{workload}} には Horizontal Pod Autoscaler がありますが、クラスター {{cluster}} に Metrics Server がないため、HPA は CPU 使用率を取得できず自動スケーリングしません。',
      fix: 'クラスター {{cluster}} の Metrics Server アドオンを有効にしてください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      if (!workload.props.hpa) continue;
      const cluster = index.clusterOf(workload);
      if (!cluster || cluster.props.addons.metricsServer) continue;
      findings.push({ partIds: [workload.id, cluster.id], params: { workload: workload.name, cluster: cluster.name } });
    }
    return findings;
  },
  fix: (design, d) => enableAddon(design, d, 'metricsServer'),
});
