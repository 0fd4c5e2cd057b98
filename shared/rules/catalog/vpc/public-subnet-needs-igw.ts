import { defineRule } from '../../define.js';

export const publicSubnetNeedsIgw = defineRule({
  id: 'vpc.public-subnet-needs-igw',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#cluster-subnets',
  text: {
    en: {
      message:
        'Subnets {{subnets}} are public, but VPC {{vpc}} has no internet gateway. A public subnet is one whose route table has a route to an internet gateway.',
      fix: 'Attach an internet gateway to VPC {{vpc}} with a default route in the public route table, or make the subnets private.',
    },
    ja: {
      message:
        'サブネット {{subnets}} はパブリックですが、VPC {{vpc}} にインターネットゲートウェイがありません。パブリックサブネットとは、ルートテーブルにインターネットゲートウェイへのルートがあるサブネットです。',
      fix: 'VPC {{vpc}} にインターネットゲートウェイを接続してパブリックのルートテーブルにデフォルトルートを追加するか、サブネットをプライベートにしてください。',
    },
  },
  check(index) {
    return index.ofKind('vpc').flatMap((vpc) => {
      if (vpc.props.internetGateway) return [];
      const publicSubnets = index.childrenOfKind(vpc, 'subnet').filter((s) => s.props.access === 'public');
      if (publicSubnets.length === 0) return [];
      return [
        {
          partIds: [...publicSubnets.map((s) => s.id), vpc.id],
          params: { vpc: vpc.name, subnets: publicSubnets.map((s) => s.name).join(', ') },
        },
      ];
    });
  },
});
