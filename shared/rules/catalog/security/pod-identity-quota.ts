import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { iamControllers, iamWorkloads } from './iam-users.js';

/** Pod Identity associations per cluster; not adjustable. */
export const POD_IDENTITY_ASSOCIATION_QUOTA = 1000;

export const podIdentityQuota = defineRule({
  id: 'sec.pod-identity-quota',
  severity: 'error',
  area: 'security',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} would need {{count}} Pod Identity associations (one per controller and per workload calling AWS APIs); EKS allows {{limit}} per cluster and the quota cannot be raised.',
      fix: 'Share service accounts between workloads of one application, or use IRSA for part of them.',
    },
    ja: {
      message:
        'クラスター {{cluster}} には Pod Identity の関連付けが {{count}} 個必要です（コントローラーと AWS API を呼ぶワークロードごとに 1 つ）。EKS の上限はクラスターあたり {{limit}} 個で、引き上げられません。',
      fix: '同じアプリケーションのワークロードでサービスアカウントを共有するか、一部に IRSA を使ってください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (cluster.props.controllerIdentity !== 'pod-identity') continue;
      const count = iamControllers(cluster).length + iamWorkloads(index, cluster).length;
      if (count <= POD_IDENTITY_ASSOCIATION_QUOTA) continue;
      findings.push({ partIds: [cluster.id], params: { cluster: cluster.name, count, limit: POD_IDENTITY_ASSOCIATION_QUOTA } });
    }
    return findings;
  },
});
