import { defineConfigRule } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';

/** eksctl-rules.md #27: vpc.autoAllocateIPv6 is for IPv4 clusters (the Outposts case is #88). */
export const autoAllocateIpv6 = defineConfigRule({
  id: 'eksctl.auto-allocate-ipv6',
  severity: 'error',
  area: 'vpc',
  eksctl: [27],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv6 and sets vpc.autoAllocateIPv6: true; eksctl refuses it ("auto allocate ipv6 is not supported with IPv6").',
      fix: 'Remove vpc.autoAllocateIPv6 from {{cluster}}; the subnets of an IPv6 cluster get IPv6 addresses anyway.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 で、vpc.autoAllocateIPv6: true を設定しています。eksctl はこれを拒否します（「auto allocate ipv6 is not supported with IPv6」）。',
      fix: '{{cluster}} から vpc.autoAllocateIPv6 を削除してください。IPv6 クラスターのサブネットには IPv6 アドレスが割り当てられます。',
    },
  },
  needs: ['kubernetesNetworkConfig'],
  checkConfig({ config }) {
    if (config.vpc?.autoAllocateIPv6 !== true || !isIpv6(config)) return [];
    return [{ path: ['vpc', 'autoAllocateIPv6'] }];
  },
});
