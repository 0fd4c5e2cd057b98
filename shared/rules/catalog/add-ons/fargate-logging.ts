import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { clusterCompute, hasLinuxEc2 } from '../../facts/cluster-compute.js';

export const fargateLogging = defineRule({
  id: 'addon.fargate-logging',
  severity: 'info',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-logging.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} ships logs with the CloudWatch Observability agents, which run as node DaemonSets and never on Fargate, so the logs of its Fargate pods are not collected.',
      fix: 'Configure the built-in Fargate log router (aws-logging ConfigMap in the aws-observability namespace) and give the pod execution role CloudWatch Logs permissions.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は CloudWatch Observability のエージェントでログを送りますが、エージェントはノードの DaemonSet として動き Fargate では動かないため、Fargate の Pod のログは収集されません。',
      fix: 'Fargate 組み込みのログルーター（aws-observability 名前空間の aws-logging ConfigMap）を設定し、Pod 実行ロールに CloudWatch Logs の権限を付与してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (!cluster.props.addons.cloudWatchObservability) continue;
      const c = clusterCompute(index, cluster);
      // Without any node the add-on itself is misplaced: addon.compute-compatibility says so.
      const hasNodes = hasLinuxEc2(c) || c.windowsNodeGroups.length + c.hybridNetworks.length > 0;
      if (c.fargateProfiles.length === 0 || !hasNodes) continue;
      findings.push({ partIds: [cluster.id, ...c.fargateProfiles.map((fp) => fp.id)], params: { cluster: cluster.name } });
    }
    return findings;
  },
});
