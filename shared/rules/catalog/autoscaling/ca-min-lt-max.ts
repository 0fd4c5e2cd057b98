import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const caMinLtMax = defineRule({
  id: 'as.ca-min-lt-max',
  severity: 'warning',
  area: 'autoscaling',
  source: 'https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/cloudprovider/aws/README.md',
  text: {
    en: {
      message:
        'Node group {{nodeGroup}} has min size = max size = {{size}}; Cluster Autoscaler only moves the desired size between min and max, so it cannot scale this group.',
      fix: 'Set max size above min size on {{nodeGroup}} if Cluster Autoscaler should grow it.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} は最小サイズ = 最大サイズ = {{size}} です。Cluster Autoscaler は最小と最大の間で希望サイズを変えるだけなので、このノードグループを自動スケーリングできません。',
      fix: 'Cluster Autoscaler で増やすなら、{{nodeGroup}} の最大サイズを最小サイズより大きくしてください。',
    },
  },
  check(index) {
    const out: Finding[] = [];
    for (const cluster of index.ofKind('cluster')) {
      if (cluster.props.addons.nodeAutoscaler !== 'cluster-autoscaler') continue;
      const nodeGroups = [
        ...index.childrenOfKind(cluster, 'managed-node-group'),
        ...index.childrenOfKind(cluster, 'self-managed-node-group'),
      ];
      // max < min is ng.scaling-order's error; here only the groups pinned at one size.
      const fixed = nodeGroups.filter((ng) => ng.props.minSize === ng.props.maxSize);
      // A fixed system group beside growable ones is a common choice: only a fact then. When no group
      // can grow, Cluster Autoscaler is switched on for nothing.
      const canGrow = nodeGroups.some((ng) => ng.props.maxSize > ng.props.minSize);
      for (const ng of fixed) {
        out.push({
          partIds: [ng.id, cluster.id],
          params: { nodeGroup: ng.name, size: ng.props.maxSize },
          severity: canGrow ? 'info' : 'warning',
        });
      }
    }
    return out;
  },
});
