import { defineConfigRule } from '../../config-rule.js';
import { enableAddon } from '../../fix-edits.js';
import { isObj, nonEmpty, objects } from '../../facts/config-values.js';
import { iamControllers } from './iam-users.js';

/**
 * eksctl-rules.md #67: any pod identity association (iam-level, on an addon, an addon's
 * useDefaultPodIdentityAssociations, or addonsConfig.autoApplyPodIdentityAssociations with addons) needs
 * the eks-pod-identity-agent addon in `addons`, unless Auto Mode runs the agent.
 */
export const podIdentityAgentAddon = defineConfigRule({
  id: 'eksctl.pod-identity-agent-addon',
  severity: 'error',
  area: 'security',
  eksctl: [67],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} creates pod identity associations ({{what}}) but its addons do not include eks-pod-identity-agent; eksctl refuses it ("the "eks-pod-identity-agent" addon must be installed to create pod identity associations; please add "eks-pod-identity-agent" addon to the config file").',
      fix: 'Turn on the Pod Identity Agent add-on of {{cluster}} (addons: - name: eks-pod-identity-agent).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は Pod Identity の関連付けを作成します ({{what}}) が、addons に eks-pod-identity-agent がありません。eksctl はこれを拒否します (「the "eks-pod-identity-agent" addon must be installed to create pod identity associations; please add "eks-pod-identity-agent" addon to the config file」)。',
      fix: '{{cluster}} の EKS Pod Identity エージェントのアドオンを有効にしてください (addons: - name: eks-pod-identity-agent)。',
    },
  },
  checkConfig({ cluster, config }) {
    if (isObj(config.autoModeConfig) && config.autoModeConfig.enabled === true) return [];
    const addons = objects(config.addons);
    if (addons.some(([a]) => a['name'] === 'eks-pod-identity-agent')) return [];
    // sec.pod-identity-agent already reports the design's own controllers without the agent, with a fix.
    const { controllerIdentity, addons: flags } = cluster.props;
    if (controllerIdentity === 'pod-identity' && !flags.podIdentityAgent && iamControllers(cluster).length > 0) return [];
    const what: string[] = [];
    if (nonEmpty(config.iam?.podIdentityAssociations)) what.push('iam.podIdentityAssociations');
    const autoApply = isObj(config.addonsConfig) && config.addonsConfig.autoApplyPodIdentityAssociations === true;
    // eksctl asks this per addon, so autoApplyPodIdentityAssociations counts only when there is an addon.
    if (autoApply && addons.length > 0) what.push('addonsConfig.autoApplyPodIdentityAssociations');
    for (const [a] of addons) {
      if (a['useDefaultPodIdentityAssociations'] === true || nonEmpty(a['podIdentityAssociations']))
        what.push(`addon ${typeof a['name'] === 'string' ? a['name'] : '?'}`);
    }
    return what.length === 0 ? [] : [{ path: ['addons'], params: { what: what.join(', ') } }];
  },
  fix: (design, d) => enableAddon(design, d, 'podIdentityAgent'),
});
