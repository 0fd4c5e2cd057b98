import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

/** Kinds with a scale subresource an HPA can drive. */
const SCALABLE = new Set(['Deployment', 'StatefulSet']);

export const hpaScalableTarget = defineRule({
  id: 'as.hpa-scalable-target',
  severity: 'error',
  area: 'autoscaling',
  source: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
  text: {
    en: {
      message:
        'Workload {{workload}} is a {{kind}}, which has no replica count to scale; a Horizontal Pod Autoscaler can only scale Deployments and StatefulSets.',
      fix: 'Remove the HPA from {{workload}}, or make it a Deployment or StatefulSet.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は {{kind}} でレプリカ数を持たないため、Horizontal Pod Autoscaler で自動スケーリングできません（対象は Deployment と StatefulSet のみ）。',
      fix: '{{workload}} の HPA を削除するか、Deployment または StatefulSet にしてください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per workload on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const workloads = index.ofKind('workload');
    for (let i = 0; i < workloads.length; i++) {
      const workload = workloads[i]!;
      if (!workload.props.hpa || SCALABLE.has(workload.props.workloadKind)) continue;
      findings.push({ partIds: [workload.id], params: { workload: workload.name, kind: workload.props.workloadKind } });
    }
    return findings;
  },
});
