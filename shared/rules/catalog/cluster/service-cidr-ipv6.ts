import { defineRule } from '../../define.js';

export const serviceCidrIpv6 = defineRule({
  id: 'eksctl.service-cidr-ipv6',
  severity: 'error',
  area: 'cluster',
  eksctl: [34],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv6 but sets the service IPv4 CIDR {{cidr}}; eksctl refuses it ("service IPv4 CIDR is not supported with IPv6").',
      fix: 'Clear the service IPv4 CIDR of {{cluster}}; IPv6 clusters get their service addresses from the VPC IPv6 range.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 ですが、サービスの IPv4 CIDR {{cidr}} が設定されています。eksctl はこれを受け付けません。',
      fix: '{{cluster}} のサービス IPv4 CIDR を空にしてください。IPv6 クラスターのサービスアドレスは VPC の IPv6 範囲から割り当てられます。',
    },
  },
  check(index) {
    return index
      .ofKind('cluster')
      .filter((c) => c.props.ipFamily === 'IPv6' && c.props.serviceIpv4Cidr !== '')
      .map((c) => ({ partIds: [c.id], params: { cluster: c.name, cidr: c.props.serviceIpv4Cidr } }));
  },
});
