import { defineRule } from '../../define.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';

export const endpointAccessValid = defineRule({
  id: 'cluster.endpoint-access-valid',
  severity: 'error',
  area: 'cluster',
  eksctl: [26],
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} has both public and private API endpoint access turned off; at least one must be on, and private access must be on to turn public access off. eksctl refuses it ("Kubernetes API access must have one of public or private clusterEndpoints enabled").',
      fix: 'Turn on private endpoint access (recommended), public access, or both.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は API エンドポイントのパブリックアクセスとプライベートアクセスの両方が無効です。少なくとも一方を有効にする必要があり、パブリックアクセスを無効にするにはプライベートアクセスが有効である必要があります。eksctl はこれを拒否します（「Kubernetes API access must have one of public or private clusterEndpoints enabled」）。',
      fix: 'プライベートエンドポイントアクセス（推奨）、パブリックアクセス、またはその両方を有効にしてください。',
    },
  },
  check(index) {
    return (
      index
        .ofKind('cluster')
        // A fully-private cluster's endpoint is private only whatever the endpoint fields say.
        .filter((c) => !isFullyPrivateCluster(c) && !c.props.endpointAccess.public && !c.props.endpointAccess.private)
        .map((c) => ({ partIds: [c.id], params: { cluster: c.name } }))
    );
  },
});
