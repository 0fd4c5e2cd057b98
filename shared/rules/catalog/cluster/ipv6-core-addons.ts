import { defineConfigRule } from '../../config-rule.js';
import { isIpv6 } from '../../facts/config-network.js';
import { addonNames } from './ipv6-addons.js';

/** eksctl-rules.md #35: an IPv6 cluster without Auto Mode lists the CoreDNS add-on (validateKubernetesNetworkConfig). */
export const ipv6CoreAddons = defineConfigRule({
  id: 'eksctl.ipv6-core-addons',
  severity: 'error',
  area: 'cluster',
  eksctl: [35],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is IPv6 and its addons leave out CoreDNS; eksctl refuses it ("the default core addons must be defined for IPv6; missing addon(s): coredns; either define them or use EKS Auto Mode").',
      fix: 'Turn on the CoreDNS add-on for cluster {{cluster}} (addons: - name: coredns), or use EKS Auto Mode.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IPv6 ですが、addons に CoreDNS がありません。eksctl はこれを拒否します（「the default core addons must be defined for IPv6; missing addon(s): coredns; either define them or use EKS Auto Mode」）。',
      fix: 'クラスター {{cluster}} で CoreDNS アドオンを有効にする（addons: - name: coredns）か、EKS Auto Mode を使ってください。',
    },
  },
  needs: ['kubernetesNetworkConfig'],
  checkConfig({ config }) {
    if (!isIpv6(config) || config.autoModeConfig?.enabled === true) return [];
    if (addonNames(config).lower.has('coredns')) return [];
    return [{ path: [config.addons === undefined ? 'kubernetesNetworkConfig' : 'addons'] }];
  },
});
