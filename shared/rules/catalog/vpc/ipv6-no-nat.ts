import { defineRule } from '../../define.js';

export const ipv6NoNat = defineRule({
  id: 'eksctl.ipv6-no-nat',
  severity: 'error',
  area: 'vpc',
  source: 'https://eksctl.io/usage/vpc-ip-family/',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv6, but VPC {{vpc}} has NAT gateway mode {{mode}}; eksctl refuses a NAT setting with IPv6 ("setting NAT is not supported with IPv6").',
      fix: 'Set the NAT gateway of VPC {{vpc}} to Disable; eksctl gives IPv6 VPCs an egress-only internet gateway.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 ですが、VPC {{vpc}} の NAT ゲートウェイのモードは {{mode}} です。eksctl は IPv6 で NAT の設定を受け付けません。',
      fix: 'VPC {{vpc}} の NAT ゲートウェイを Disable にしてください。eksctl は IPv6 の VPC に Egress-only インターネットゲートウェイを作成します。',
    },
  },
  check(index) {
    return index.ofKind('cluster').flatMap((cluster) => {
      const vpc = index.vpcOf(cluster);
      if (cluster.props.ipFamily !== 'IPv6' || !vpc || vpc.props.natGateway === 'Disable') return [];
      return [{ partIds: [vpc.id, cluster.id], params: { cluster: cluster.name, vpc: vpc.name, mode: vpc.props.natGateway } }];
    });
  },
});
