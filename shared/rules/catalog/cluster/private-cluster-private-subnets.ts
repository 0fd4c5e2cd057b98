import { defineRule } from '../../define.js';
import { isPrivateCluster } from '../vpc/network-facts.js';

export const privateClusterPrivateSubnets = defineRule({
  id: 'eksctl.private-cluster-private-subnets',
  severity: 'error',
  area: 'cluster',
  source: 'https://eksctl.io/usage/eks-private-cluster/',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is fully private (public endpoint off), but its VPC {{vpc}} has no private subnets; eksctl needs private subnets for a fully-private cluster in a VPC with given subnets.',
      fix: 'Add private subnets in at least two Availability Zones to VPC {{vpc}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は完全プライベート（パブリックエンドポイントが無効）ですが、VPC {{vpc}} にプライベートサブネットがありません。サブネットを指定した VPC で完全プライベートクラスターを作るには、eksctl はプライベートサブネットを必要とします。',
      fix: 'VPC {{vpc}} に 2 つ以上のアベイラビリティーゾーンのプライベートサブネットを追加してください。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      const vpc = index.vpcOf(cluster);
      if (!vpc || !isPrivateCluster(cluster) || index.subnetsCreatedByEksctl(vpc)) return [];
      const hasPrivate = index.childrenOfKind(vpc, 'subnet').some((s) => s.props.access === 'private');
      return hasPrivate ? [] : [{ partIds: [cluster.id, vpc.id], params: { cluster: cluster.name, vpc: vpc.name } }];
    });
  },
});
