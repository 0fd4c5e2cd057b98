import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';
import { publicEndpointOpenTo } from './endpoint-open.js';

export const endpointPublicOpen = defineRule({
  id: 'cluster.endpoint-public-open',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  text: {
    en: {
      message:
        'The Kubernetes API endpoint of cluster {{cluster}} is reachable from the whole internet (public access from {{open}}).',
      fix: 'Turn off public access and use the private endpoint (VPN, Direct Connect or a bastion), or restrict public access to your own CIDR blocks.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の Kubernetes API エンドポイントにインターネット全体からアクセスできます（{{open}} からのパブリックアクセス）。',
      fix: 'パブリックアクセスを無効にしてプライベートエンドポイント（VPN、Direct Connect、踏み台）を使うか、パブリックアクセスを自分の CIDR ブロックに制限してください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      // A fully-private cluster exports no public endpoint.
      if (!c.props.endpointAccess.public || isFullyPrivateCluster(c)) continue;
      // 0.0.0.0/0, and ::/0 on an IPv6 cluster, whose public endpoint is dual-stack.
      const open = publicEndpointOpenTo(c);
      if (open !== undefined) findings.push({ partIds: [c.id], params: { cluster: c.name, open } });
    }
    return findings;
  },
});
