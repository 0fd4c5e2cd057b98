import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

const MAX_NODES_PER_MANAGED_GROUP = 450;
const MAX_MANAGED_GROUPS_PER_CLUSTER = 30;

export const quotaSize = defineRule({
  id: 'ng.quota-size',
  severity: 'warning',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html',
  text: {
    en: {
      message:
        '{{name}} exceeds a default EKS quota: {{count}} where the limit is {{limit}} (450 nodes per managed node group, 30 managed node groups per cluster).',
      fix: 'Request a quota increase in Service Quotas, or split the capacity across node groups or use Karpenter.',
    },
    ja: {
      message:
        '{{name}} が EKS のデフォルトのクォータを超えています: {{count}}（上限 {{limit}}。マネージド型ノードグループあたり 450 ノード、クラスターあたり 30 マネージド型ノードグループ）。',
      fix: 'Service Quotas で上限の引き上げを申請するか、キャパシティを複数のノードグループに分けるか Karpenter を使ってください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const perCluster = new Map<string, number>();
    for (const ng of index.ofKind('managed-node-group')) {
      if (ng.props.maxSize > MAX_NODES_PER_MANAGED_GROUP) {
        findings.push({
          partIds: [ng.id],
          params: { name: ng.name, count: ng.props.maxSize, limit: MAX_NODES_PER_MANAGED_GROUP },
        });
      }
      if (ng.parentId !== undefined) perCluster.set(ng.parentId, (perCluster.get(ng.parentId) ?? 0) + 1);
    }
    for (const [clusterId, count] of perCluster) {
      const cluster = index.get(clusterId, 'cluster');
      if (cluster && count > MAX_MANAGED_GROUPS_PER_CLUSTER) {
        findings.push({ partIds: [cluster.id], params: { name: cluster.name, count, limit: MAX_MANAGED_GROUPS_PER_CLUSTER } });
      }
    }
    return findings;
  },
});
