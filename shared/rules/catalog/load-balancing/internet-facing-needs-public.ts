import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';

export const internetFacingNeedsPublic = defineRule({
  id: 'lb.internet-facing-needs-public',
  severity: 'error',
  area: 'load-balancing',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html#node-subnet-reqs',
  text: {
    en: {
      message:
        'Internet-facing load balancer {{loadBalancer}} is not in public subnets of a VPC with an internet gateway; ELB rejects it (InvalidSubnet) or it cannot be reached from the internet.',
      fix: 'Put {{loadBalancer}} in public subnets (tagged kubernetes.io/role/elb=1) of a VPC with an internet gateway, or make it internal.',
    },
    ja: {
      message:
        'インターネット向けロードバランサー {{loadBalancer}} が、インターネットゲートウェイのある VPC のパブリックサブネットにありません。ELB に拒否される（InvalidSubnet）か、インターネットから到達できません。',
      fix: '{{loadBalancer}} をインターネットゲートウェイのある VPC のパブリックサブネット（kubernetes.io/role/elb=1 のタグ付き）に置くか、内部向けにしてください。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const lb of index.loadBalancers()) {
      if (lb.props.scheme !== 'internet-facing') continue;
      const params = { loadBalancer: lb.name };
      const vpc = index.vpcOf(lb);
      if (vpc && !vpc.props.internetGateway) {
        findings.push({ partIds: [lb.id, vpc.id], params });
        continue;
      }
      if (lb.props.subnetIds.length > 0) {
        const privateOnes = lb.props.subnetIds.map((id) => index.get(id, 'subnet')).filter((s) => s?.props.access === 'private');
        if (privateOnes.length > 0) findings.push({ partIds: [lb.id, ...privateOnes.map((s) => s!.id)], params });
      } else if (vpc && index.loadBalancerSubnets(lb).length === 0) {
        // Subnet discovery finds nothing: the VPC has drawn subnets but none is public.
        findings.push({ partIds: [lb.id, vpc.id], params });
      }
    }
    return findings;
  },
});
