import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';
import { privateComputeSubnets } from '../../facts/network.js';

export const privateClusterRequirements = defineRule({
  id: 'cluster.private-cluster-requirements',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html',
  text: {
    en: {
      message:
        'VPC {{vpc}} has no NAT gateway, so the private nodes and Fargate pods of cluster {{cluster}} have no way out to the internet, yet the cluster has private endpoint access off: they cannot reach the API server.',
      fix: 'Turn on private endpoint access for {{cluster}} (and add the VPC endpoints ec2, ecr.api, ecr.dkr, s3, sts, logs and elasticloadbalancing as used), or give VPC {{vpc}} a NAT gateway.',
    },
    ja: {
      message:
        'VPC {{vpc}} に NAT ゲートウェイがないため、クラスター {{cluster}} のプライベートなワーカーノードと Fargate の Pod はインターネットに出られませんが、クラスターのプライベートエンドポイントアクセスが無効です。API サーバーに到達できません。',
      fix: '{{cluster}} のプライベートエンドポイントアクセスを有効にする（必要に応じて VPC エンドポイント ec2、ecr.api、ecr.dkr、s3、sts、logs、elasticloadbalancing も追加）か、VPC {{vpc}} に NAT ゲートウェイを用意してください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per cluster on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const clusters = index.ofKind('cluster');
    for (let i = 0; i < clusters.length; i++) {
      const cluster = clusters[i]!;
      const vpc = index.vpcOf(cluster);
      const { public: isPublic, private: isPrivate } = cluster.props.endpointAccess;
      // A fully-private cluster's endpoint is private only; its endpoints are the rule network.fully-private-endpoints.
      if (isFullyPrivateCluster(cluster)) continue;
      // With both endpoints off, cluster.endpoint-access-valid reports the cluster.
      if (!vpc || isPrivate || !isPublic || cluster.props.ipFamily !== 'IPv4') continue;
      if (vpc.props.natGateway !== 'Disable') continue;
      const uses = privateComputeSubnets(index, vpc, (c) => c.id === cluster.id);
      if (uses.length === 0) continue;
      const users = [...new Set(uses.flatMap((u) => u.users.map((p) => p.id)))];
      findings.push({ partIds: [cluster.id, vpc.id, ...users], params: { cluster: cluster.name, vpc: vpc.name } });
    }
    return findings;
  },
});
