import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { clusterWithoutEgress, missingEndpoints } from '../ecr/egress.js';

/** Endpoints Cluster Autoscaler calls that have no other way out of a private cluster. */
const CA_ENDPOINTS = ['sts', 'autoscaling'] as const;

export const caPrivateCluster = defineRule({
  id: 'as.ca-private-cluster',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has no internet egress and its VPC {{vpc}} lacks the {{missing}} endpoints Cluster Autoscaler calls, so it cannot read or resize its Auto Scaling groups.',
      fix: 'Add the com.amazonaws.<region>.sts and .autoscaling interface endpoints to {{vpc}} and run Cluster Autoscaler with --aws-use-static-instance-list=true.',
    },
    ja: {
      message:
        'クラスター {{cluster}} にはインターネットへの経路がなく、VPC {{vpc}} には Cluster Autoscaler が呼び出す {{missing}} のエンドポイントがありません。Auto Scaling グループの参照も変更もできません。',
      fix: 'VPC {{vpc}} に com.amazonaws.<region>.sts と .autoscaling のインターフェイスエンドポイントを追加し、Cluster Autoscaler を --aws-use-static-instance-list=true で実行してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (cluster.props.addons.nodeAutoscaler !== 'cluster-autoscaler') continue;
      const vpc = index.vpcOf(cluster);
      if (!vpc || !clusterWithoutEgress(index, cluster)) continue;
      // The exporter asks eksctl for the autoscaling endpoint of a fully-private cluster running Cluster Autoscaler.
      const missing = missingEndpoints(index, cluster, CA_ENDPOINTS, ['autoscaling']);
      if (missing.length === 0) continue;
      findings.push({
        partIds: [cluster.id, vpc.id],
        params: { cluster: cluster.name, vpc: vpc.name, missing: missing.join(', ') },
      });
    }
    return findings;
  },
});
