import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';
import { publicEndpointOpenTo } from './endpoint-open.js';

export const endpointPublicCidrsNoPrivate = defineRule({
  id: 'cluster.endpoint-public-cidrs-no-private',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} limits public endpoint access to {{cidrs}} and has private access off: its nodes and Fargate pods reach the API from their NAT gateway addresses, and cannot register unless those are in the list.',
      fix: 'Turn on private endpoint access, or add the public addresses of the NAT gateways to the allowed CIDR blocks.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はパブリックエンドポイントへのアクセスを {{cidrs}} に制限し、プライベートアクセスが無効です。ワーカーノードと Fargate の Pod は NAT ゲートウェイのアドレスから API にアクセスするため、そのアドレスが許可リストにないと登録できません。',
      fix: 'プライベートエンドポイントアクセスを有効にするか、NAT ゲートウェイのパブリックアドレスを許可する CIDR ブロックに追加してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const c = clusters[i]!;
      const { public: isPublic, private: isPrivate, publicAccessCidrs } = c.props.endpointAccess;
      // A fully-private cluster exports no public endpoint.
      if (isFullyPrivateCluster(c)) continue;
      if (!isPublic || isPrivate || publicAccessCidrs.length === 0) continue;
      // Open to the whole internet (0.0.0.0/0, or ::/0 on an IPv6 cluster): the nodes' addresses are in it.
      if (publicEndpointOpenTo(c) !== undefined) continue;
      const compute = index
        .children(c)
        .filter((p) => p.kind === 'managed-node-group' || p.kind === 'self-managed-node-group' || p.kind === 'fargate-profile');
      if (compute.length === 0) continue;
      findings.push({
        partIds: [c.id, ...compute.map((p) => p.id)],
        params: { cluster: c.name, cidrs: publicAccessCidrs.join(', ') },
      });
    }
    return findings;
  },
});
