import { defineConfigRule } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';

/** eksctl-rules.md #19: vpc.extraIPv6CIDRs only on an IPv6 cluster. */
export const extraIpv6CidrsIpv4 = defineConfigRule({
  id: 'eksctl.extra-ipv6-cidrs-ipv4',
  severity: 'error',
  area: 'vpc',
  eksctl: [19],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv4 but sets vpc.extraIPv6CIDRs; eksctl refuses it ("cannot specify vpc.extraIPv6CIDRs with an IPv4 cluster").',
      fix: 'Remove vpc.extraIPv6CIDRs from {{cluster}}, or make the cluster IPv6 (kubernetesNetworkConfig.ipFamily: IPv6).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv4 ですが vpc.extraIPv6CIDRs を設定しています。eksctl はこれを拒否します（「cannot specify vpc.extraIPv6CIDRs with an IPv4 cluster」）。',
      fix: '{{cluster}} から vpc.extraIPv6CIDRs を削除するか、クラスターを IPv6（kubernetesNetworkConfig.ipFamily: IPv6）にしてください。',
    },
  },
  needs: ['vpc.extraIPv6CIDRs'],
  checkConfig({ config }) {
    const list: unknown = config.vpc?.extraIPv6CIDRs;
    if (!Array.isArray(list) || list.length === 0 || isIpv6(config)) return [];
    return [{ path: ['vpc', 'extraIPv6CIDRs'] }];
  },
});
