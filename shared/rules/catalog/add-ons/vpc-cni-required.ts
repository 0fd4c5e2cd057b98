import { defineConfigRule } from '../../config-rule.js';
import { isObj, nonEmpty, objects } from '../../facts/config-values.js';

/**
 * eksctl-rules.md #72 (and the Fargate half of #63), eksctl `validateBareCluster`: with
 * `addonsConfig.disableDefaultAddons: true`, no `vpc-cni` addon and no Auto Mode, the cluster must be bare:
 * no node group with nodes (desiredCapacity > 0, as eksctl reads it before defaults), no Fargate profile,
 * Karpenter, Flux, IRSA service account or pod identity association.
 */
export const vpcCniRequired = defineConfigRule({
  id: 'eksctl.vpc-cni-required',
  severity: 'error',
  area: 'add-ons',
  eksctl: [72, 63],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/ctl/cmdutils/configfile.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} is created without the default addons and without vpc-cni, but has {{parts}}; eksctl refuses it ("fields nodeGroups, managedNodeGroups, fargateProfiles, karpenter, gitops, iam.serviceAccounts, and iam.podIdentityAssociations are not supported during cluster creation in a cluster without VPC CNI if Auto Mode is disabled").',
      fix: 'Switch the VPC CNI add-on of {{cluster}} back on, or create {{parts}} after the cluster and its network plugin exist.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はデフォルトのアドオンと vpc-cni なしで作成されますが、{{parts}} があります。eksctl はこれを拒否します (「fields nodeGroups, managedNodeGroups, fargateProfiles, karpenter, gitops, iam.serviceAccounts, and iam.podIdentityAssociations are not supported during cluster creation in a cluster without VPC CNI if Auto Mode is disabled」)。',
      fix: '{{cluster}} の VPC CNI アドオンを有効に戻すか、{{parts}} はクラスターとネットワークプラグインを作成した後に作成してください。',
    },
  },
  needs: ['addonsConfig'],
  checkConfig(view) {
    const { config } = view;
    if (!isObj(config.addonsConfig) || config.addonsConfig.disableDefaultAddons !== true) return [];
    if (isObj(config.autoModeConfig) && config.autoModeConfig.enabled === true) return [];
    if (objects(config.addons).some(([a]) => a['name'] === 'vpc-cni')) return [];
    const names: string[] = [];
    const parts: string[] = [];
    for (const list of ['managedNodeGroups', 'nodeGroups'] as const)
      for (let n = 0, items = objects(config[list]); n < items.length; n++) {
        const ng = items[n]![0];
        const i = items[n]![1];
        if (typeof ng['desiredCapacity'] !== 'number' || ng['desiredCapacity'] <= 0) continue;
        names.push(String(ng['name']));
        parts.push(...view.partsAt([list, i]));
      }
    for (let n = 0, items = objects(config.fargateProfiles); n < items.length; n++) {
      const fp = items[n]![0];
      const i = items[n]![1];
      names.push(String(fp['name']));
      parts.push(...view.partsAt(['fargateProfiles', i]));
    }
    if (config.karpenter !== undefined && config.karpenter !== null) names.push('Karpenter');
    if (isObj(config.gitops) && config.gitops.flux !== undefined && config.gitops.flux !== null) names.push('gitops.flux');
    if (nonEmpty(config.iam?.serviceAccounts)) names.push('iam.serviceAccounts');
    if (nonEmpty(config.iam?.podIdentityAssociations)) names.push('iam.podIdentityAssociations');
    if (names.length === 0) return [];
    return [{ path: ['addonsConfig', 'disableDefaultAddons'], params: { parts: names.join(', ') }, alsoParts: parts }];
  },
});
