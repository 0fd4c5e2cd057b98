import { defineRule } from '../../define.js';
import { isPrivateCluster } from '../vpc/network-facts.js';

export const privateClusterNodeNetworking = defineRule({
  id: 'eksctl.private-cluster-node-networking',
  severity: 'error',
  area: 'cluster',
  source: 'https://eksctl.io/usage/eks-private-cluster/',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private (public endpoint off), but node group {{nodeGroup}} does not use private networking; eksctl refuses it ("privateNetworking must be enabled for a fully-private cluster").',
      fix: 'Turn on private networking for node group {{nodeGroup}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベート（パブリックエンドポイントが無効）ですが、ノードグループ {{nodeGroup}} がプライベートネットワーキングを使っていません。eksctl はこれを受け付けません。',
      fix: 'ノードグループ {{nodeGroup}} のプライベートネットワーキングを有効にしてください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      if (!isPrivateCluster(cluster, index.vpcOf(cluster))) return [];
      return index
        .children(cluster)
        .filter((c) => (c.kind === 'managed-node-group' || c.kind === 'self-managed-node-group') && !c.props.privateNetworking)
        .map((ng) => ({ partIds: [ng.id, cluster.id], params: { cluster: cluster.name, nodeGroup: ng.name } }));
    });
  },
});
