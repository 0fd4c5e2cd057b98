import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const hpaMinMax = defineRule({
  id: 'as.hpa-min-max',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/horizontal-pod-autoscaler-v2/',
  text: {
    en: {
      message: 'The HPA of workload {{workload}} has maxReplicas {{max}} below minReplicas {{min}}; Kubernetes rejects it.',
      fix: 'Set maxReplicas to at least minReplicas ({{min}}) on workload {{workload}}.',
    },
    ja: {
      message:
        'ワークロード {{workload}} の HPA は maxReplicas {{max}} が minReplicas {{min}} より小さいため、Kubernetes に拒否されます。',
      fix: 'ワークロード {{workload}} の maxReplicas を minReplicas（{{min}}）以上にしてください。',
    },
  },
  check(index) {
    // minReplicas >= 1 is already enforced by the schema; only the ordering is left to check.
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      const hpa = workload.props.hpa;
      if (!hpa || hpa.maxReplicas >= hpa.minReplicas) continue;
      findings.push({ partIds: [workload.id], params: { workload: workload.name, min: hpa.minReplicas, max: hpa.maxReplicas } });
    }
    return findings;
  },
});
