import { defineConfigRule } from '../../config-rule.js';
import { isObj, objects } from '../../facts/config-values.js';

/** The default addons Auto Mode replaces (eksctl `KnownAddons`: IsDefault and not IsDefaultAutoMode). */
const CORE = ['vpc-cni', 'kube-proxy', 'coredns'];

/**
 * eksctl-rules.md #76 (addons): with Auto Mode on and neither Fargate profiles nor hybrid nodes, listing
 * vpc-cni, kube-proxy or coredns is refused: Auto Mode runs them itself.
 */
export const autoModeCoreAddons = defineConfigRule({
  id: 'eksctl.auto-mode-core-addons',
  severity: 'error',
  area: 'cluster',
  eksctl: [76],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} uses EKS Auto Mode but lists the core networking addons {{addons}}; eksctl refuses it ("core networking addons are not required on a cluster using Auto Mode; if you still wish to create them, use `eksctl create addon` post cluster creation").',
      fix: 'Remove {{addons}} from the addons of {{cluster}}: Auto Mode provides pod networking, kube-proxy and DNS itself.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は EKS Auto Mode を使いますが、コアのネットワークアドオン {{addons}} を指定しています。eksctl はこれを拒否します (「core networking addons are not required on a cluster using Auto Mode; if you still wish to create them, use `eksctl create addon` post cluster creation」)。',
      fix: '{{cluster}} のアドオンから {{addons}} を削除してください。Auto Mode は Pod のネットワーク、kube-proxy、DNS を自分で提供します。',
    },
  },
  needs: ['autoModeConfig'],
  checkConfig({ config }) {
    if (!isObj(config.autoModeConfig) || config.autoModeConfig.enabled !== true) return [];
    if (objects(config.managedNodeGroups).length > 0 || objects(config.nodeGroups).length > 0) return []; // eksctl.auto-mode-node-groups
    if (Array.isArray(config.fargateProfiles) && config.fargateProfiles.length > 0) return [];
    if (config.remoteNetworkConfig !== undefined && config.remoteNetworkConfig !== null) return [];
    const core = objects(config.addons).filter(([a]) => CORE.includes(a['name'] as string));
    if (core.length === 0) return [];
    return [{ path: ['addons', core[0]![1]], params: { addons: core.map(([a]) => String(a['name'])).join(', ') } }];
  },
});
