import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const caNoNodeGroups = defineRule({
  id: 'as.ca-no-node-groups',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md',
  text: {
    en: {
      message:
        'Cluster {{cluster}} runs Cluster Autoscaler but has no node group for it to scale; it only resizes EC2 Auto Scaling groups, and Fargate gives each pod its own capacity.',
      fix: 'Turn Cluster Autoscaler off for {{cluster}} and scale pods with the HPA, or add a node group for it to manage.',
    },
    ja: {
      message:
        'クラスター {{cluster}} では Cluster Autoscaler が有効ですが、スケーリングするノードグループがありません。Cluster Autoscaler は EC2 Auto Scaling グループのサイズを変えるだけで、Fargate では Pod ごとにキャパシティが用意されます。',
      fix: '{{cluster}} の Cluster Autoscaler を無効にして HPA で Pod を自動スケーリングするか、管理対象のノードグループを追加してください。',
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
      const hasNodeGroup = index
        .children(cluster)
        .some((p) => p.kind === 'managed-node-group' || p.kind === 'self-managed-node-group');
      if (hasNodeGroup) continue;
      const profiles = index.childrenOfKind(cluster, 'fargate-profile');
      findings.push({ partIds: [cluster.id, ...profiles.map((p) => p.id)], params: { cluster: cluster.name } });
    }
    return findings;
  },
});
