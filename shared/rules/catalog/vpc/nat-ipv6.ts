import { defineConfigRule } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';

/** eksctl-rules.md #25: an IPv6 cluster's VPC has no NAT gateway setting (egress goes through an egress-only gateway). */
export const natIpv6 = defineConfigRule({
  id: 'eksctl.nat-ipv6',
  severity: 'error',
  area: 'vpc',
  eksctl: [25],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message: 'Cluster {{cluster}} is IPv6 but sets vpc.nat; eksctl refuses it ("setting NAT is not supported with IPv6").',
      fix: 'Remove vpc.nat from {{cluster}}; eksctl gives an IPv6 VPC its own egress.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 ですが vpc.nat を設定しています。eksctl はこれを拒否します（「setting NAT is not supported with IPv6」）。',
      fix: '{{cluster}} から vpc.nat を削除してください。IPv6 の VPC の外向き通信は eksctl が用意します。',
    },
  },
  needs: ['kubernetesNetworkConfig'],
  checkConfig({ config }) {
    const nat: unknown = config.vpc?.nat;
    if (nat === undefined || nat === null || !isIpv6(config)) return [];
    return [{ path: ['vpc', 'nat'] }];
  },
});
