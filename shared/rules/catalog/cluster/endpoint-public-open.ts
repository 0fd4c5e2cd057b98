import { defineRule } from '../../define.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';
import { parseCidr } from '../../../util/cidr.js';

export const endpointPublicOpen = defineRule({
  id: 'cluster.endpoint-public-open',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  text: {
    en: {
      message:
        'The Kubernetes API endpoint of cluster {{cluster}} is reachable from the whole internet (public access from 0.0.0.0/0).',
      fix: 'Turn off public access and use the private endpoint (VPN, Direct Connect or a bastion), or restrict public access to your own CIDR blocks.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes API エンドポイントにインターネット全体からアクセスできます（0.0.0.0/0 からのパブリックアクセス）。',
      fix: 'パブリックアクセスを無効にしてプライベートエンドポイント（VPN、Direct Connect、踏み台）を使うか、パブリックアクセスを自分の CIDR ブロックに制限してください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((c) => {
      const { public: isPublic, publicAccessCidrs } = c.props.endpointAccess;
      // A fully-private cluster exports no public endpoint.
      if (isFullyPrivateCluster(c)) return [];
      if (!isPublic) return [];
      const open = publicAccessCidrs.length === 0 || publicAccessCidrs.some((t) => parseCidr(t, true)?.prefix === 0);
      return open ? [{ partIds: [c.id], params: { cluster: c.name } }] : [];
    });
  },
});
