import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import { natGatewayExported } from '../../facts/network.js';

export const natGatewayPlacement = defineRule({
  id: 'vpc.nat-gateway-placement',
  severity: 'error',
  area: 'vpc',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-natgateway.html',
  text: {
    en: {
      message:
        'VPC {{vpc}} has NAT gateway mode {{mode}}, but a public NAT gateway must sit in a public subnet of a VPC with an internet gateway, and this VPC has none.',
      fix: 'Add a public subnet (one per Availability Zone for HighlyAvailable) and an internet gateway to VPC {{vpc}}, or set the NAT gateway to Disable and use VPC endpoints.',
    },
    ja: {
      message:
        'VPC {{vpc}} の NAT ゲートウェイのモードは {{mode}} ですが、パブリック NAT ゲートウェイはインターネットゲートウェイのある VPC のパブリックサブネットに置く必要があり、この VPC にはそれがありません。',
      fix: 'VPC {{vpc}} にパブリックサブネット（HighlyAvailable ではアベイラビリティーゾーンごとに 1 つ）とインターネットゲートウェイを追加するか、NAT ゲートウェイを Disable にして VPC エンドポイントを使ってください。',
    },
  },
  check(index) {
    // Indexed loop, not flatMap or for...of: no callback, empty array or iterator result per vpc on every
    // validation (most of it runs below TurboFan in the benchmark window).
    const findings: Finding[] = [];
    const vpcs = index.ofKind('vpc');
    for (let i = 0; i < vpcs.length; i++) {
      const vpc = vpcs[i]!;
      // eksctl lays out public subnets and an internet gateway itself when no subnets are drawn, and the
      // NAT setting reaches eksctl only where it builds the VPC for an IPv4 cluster that is not fully private.
      if (
        vpc.props.natGateway === 'Disable' ||
        vpc.props.natGateway === null ||
        index.subnetsCreatedByEksctl(vpc) ||
        !natGatewayExported(index, vpc)
      )
        continue;
      const subnets = index.childrenOfKind(vpc, 'subnet');
      if (!subnets.some((s) => s.props.access === 'private')) continue;
      const hasPublic = subnets.some((s) => s.props.access === 'public');
      if (hasPublic && vpc.props.internetGateway) continue;
      findings.push({ partIds: [vpc.id], params: { vpc: vpc.name, mode: vpc.props.natGateway } });
    }
    return findings;
  },
});
