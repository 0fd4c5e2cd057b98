import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj, objects } from '../../facts/config-values.js';

/** eksctl-rules.md #76 (node groups): with Auto Mode on, `create cluster` makes no node groups. */
export const autoModeNodeGroups = defineConfigRule({
  id: 'eksctl.auto-mode-node-groups',
  severity: 'error',
  area: 'cluster',
  eksctl: [76],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} uses EKS Auto Mode and also has node group {{nodeGroup}}; eksctl refuses it ("creation of managed or self-managed nodegroups is not supported during cluster creation when Auto Mode is enabled; please create them post cluster creation using `eksctl create nodegroup` after creating core networking addons in the cluster").',
      fix: 'Remove the node groups from {{cluster}} and let Auto Mode provide the nodes, or create them with eksctl create nodegroup after the cluster and its networking addons exist.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は EKS Auto Mode を使い、さらにノードグループ {{nodeGroup}} もあります。eksctl はこれを拒否します (「creation of managed or self-managed nodegroups is not supported during cluster creation when Auto Mode is enabled; please create them post cluster creation using `eksctl create nodegroup` after creating core networking addons in the cluster」)。',
      fix: '{{cluster}} からノードグループを削除して Auto Mode にノードを任せるか、クラスターとネットワークのアドオンを作成した後に eksctl create nodegroup で作成してください。',
    },
  },
  needs: ['autoModeConfig'],
  checkConfig({ config }) {
    if (!isObj(config.autoModeConfig) || config.autoModeConfig.enabled !== true) return [];
    const out: ConfigFinding[] = [];
    for (const list of ['managedNodeGroups', 'nodeGroups'] as const)
      for (const [ng, i] of objects(config[list])) out.push({ path: [list, i], params: { nodeGroup: String(ng['name']) } });
    return out;
  },
});
