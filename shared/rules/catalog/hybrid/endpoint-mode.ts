import { defineRule } from '../../define.js';
import { hybridClusters, hybridNodeCount } from './hybrid-networks.js';

export const endpointMode = defineRule({
  id: 'hybrid.endpoint-mode',
  severity: 'error',
  area: 'hybrid',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-cluster-create.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has hybrid nodes and both public and private endpoint access: outside the VPC the endpoint name resolves to public addresses, which can keep hybrid nodes from joining.',
      fix: 'Use either public-only or private-only endpoint access for {{cluster}} (private-only needs DNS resolution of the endpoint from on premises).',
    },
    ja: {
      message:
        'クラスター {{cluster}} にはハイブリッドノードがあり、エンドポイントのパブリックアクセスとプライベートアクセスの両方が有効です。VPC の外ではエンドポイント名がパブリックアドレスに解決されるため、ハイブリッドノードが参加できないことがあります。',
      fix: '{{cluster}} のエンドポイントアクセスをパブリックのみかプライベートのみにしてください（プライベートのみではオンプレミスからエンドポイントの名前解決が必要です）。',
    },
  },
  check(index) {
    return hybridClusters(index)
      .filter(
        ({ cluster, networks }) =>
          cluster.props.endpointAccess.public && cluster.props.endpointAccess.private && hybridNodeCount(networks) > 0,
      )
      .map(({ cluster, networks }) => ({
        partIds: [cluster.id, ...networks.map((n) => n.id)],
        params: { cluster: cluster.name },
      }));
  },
});
