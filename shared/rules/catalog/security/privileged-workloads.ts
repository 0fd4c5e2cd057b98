import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const privilegedWorkloads = defineRule({
  id: 'sec.privileged-workloads',
  severity: 'warning',
  area: 'security',
  source: 'https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html',
  text: {
    en: {
      message:
        'Workload {{workload}} runs with {{settings}}, which gives its pods host-level access and breaks the isolation between pods and the node.',
      fix: 'Drop {{settings}} from {{workload}} unless it is a node agent that truly needs it, and enforce Pod Security Standards (baseline or restricted) on its namespace.',
    },
    ja: {
      message:
        'ワークロード {{workload}} は {{settings}} で動くため、Pod がホストレベルの権限を持ち、Pod とノードの分離が崩れます。',
      fix: '本当に必要なノードエージェントでない限り {{workload}} から {{settings}} を外し、名前空間に Pod Security Standards（baseline か restricted）を適用してください。',
    },
  },
  check(index) {
    // A loop, not flatMap: no callback or empty array per workload on every validation.
    const findings: Finding[] = [];
    for (const workload of index.ofKind('workload')) {
      const { privileged, hostNetwork } = workload.props;
      // The settings before the placement: most workloads have neither.
      if (!privileged && !hostNetwork) continue;
      // Fargate refuses such pods outright, which is a Fargate rule's error, not this warning.
      if (index.placementOf(workload).on === 'fargate') continue;
      const settings = [...(privileged ? ['privileged: true'] : []), ...(hostNetwork ? ['hostNetwork: true'] : [])];
      findings.push({ partIds: [workload.id], params: { workload: workload.name, settings: settings.join(', ') } });
    }
    return findings;
  },
});
