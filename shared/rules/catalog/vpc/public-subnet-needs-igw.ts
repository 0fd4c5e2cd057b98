import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

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
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      if (vpc.props.internetGateway) continue;
      const publicSubnets = index.childrenOfKind(vpc, 'subnet').filter((s) => s.props.access === 'public');
      if (publicSubnets.length === 0) continue;
      findings.push({
        partIds: [...publicSubnets.map((s) => s.id), vpc.id],
        params: { vpc: vpc.name, subnets: publicSubnets.map((s) => s.name).join(', ') },
      });
    }
    return findings;
  },
});
