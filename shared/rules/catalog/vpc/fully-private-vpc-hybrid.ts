/** eksctl's fully-private VPC gets no gateway attachment or routes to on-premises networks. */
import { defineRule } from '../../define.js';
import { EKSCTL_PRIVATE_VPC_SOURCE as SOURCE, privateVpcs } from '../../facts/private-vpc.js';

export const fullyPrivateVpcHybrid = defineRule({
  id: 'network.fully-private-vpc-hybrid',
  severity: 'error',
  area: 'vpc',
  source: SOURCE,
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private and eksctl builds VPC {{vpc}}, so eksctl adds no gateway attachment and no routes to the on-premises network {{network}}; its hybrid nodes cannot reach the cluster.',
      fix: 'Use an existing VPC with the gateway and routes to {{network}} in place, or turn off fully private for {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベートで VPC {{vpc}} は eksctl が作成するため、eksctl はオンプレミスネットワーク {{network}} へのゲートウェイのアタッチもルートも追加しません。ハイブリッドノードはクラスターに到達できません。',
      fix: '{{network}} へのゲートウェイとルートが設定済みの既存 VPC を使うか、{{cluster}} の完全プライベートを無効にしてください。',
    },
  },
  check(index) {
    return privateVpcs(index).flatMap(({ cluster, vpc }) =>
      index.sourcesOf(vpc, 'on-prem-network').map((n) => ({
        partIds: [n.id, cluster.id, vpc.id],
        params: { cluster: cluster.name, vpc: vpc.name, network: n.name || n.id },
      })),
    );
  },
});
