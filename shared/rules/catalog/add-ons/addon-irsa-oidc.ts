import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { addonHasIrsa } from '../../facts/addon-service-accounts.js';
import { nonEmpty, objects } from '../../facts/config-values.js';

/** eksctl-rules.md #73: IRSA settings on an addon do nothing while `iam.withOIDC` is off (eksctl only warns). */
export const addonIrsaOidc = defineConfigRule({
  id: 'eksctl.addon-irsa-oidc',
  severity: 'warning',
  area: 'add-ons',
  eksctl: [73],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/actions/addon/create.go',
  text: {
    en: {
      message:
        'Addon {{addon}} of cluster {{cluster}} has IRSA settings but the cluster has no OIDC provider; eksctl warns and skips them ("IRSA config is set for "{{addon}}" addon, but since OIDC is disabled on the cluster, eksctl cannot configure the requested permissions"), so the addon runs without its IAM permissions.',
      fix: 'Set iam.withOIDC: true for {{cluster}}, or give {{addon}} its role through EKS Pod Identity (podIdentityAssociations or useDefaultPodIdentityAssociations).',
    },
    ja: {
      message:
        'クラスター {{cluster}} のアドオン {{addon}} には IRSA の設定がありますが、クラスターに OIDC プロバイダーがありません。eksctl は警告してその設定を無視する (「IRSA config is set for "{{addon}}" addon, but since OIDC is disabled on the cluster, eksctl cannot configure the requested permissions」) ため、アドオンは IAM 権限なしで動きます。',
      fix: '{{cluster}} で iam.withOIDC: true を設定するか、{{addon}} のロールを EKS Pod Identity (podIdentityAssociations または useDefaultPodIdentityAssociations) で渡してください。',
    },
  },
  needs: ['addons[].serviceAccountRoleARN', 'addons[].attachPolicyARNs', 'addons[].attachPolicy', 'addons[].wellKnownPolicies'],
  checkConfig({ config }) {
    if (config.iam?.withOIDC === true) return [];
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.addons); n < items.length; n++) {
      const addon = items[n]![0];
      const i = items[n]![1];
      // With pod identity associations as well, eksctl.addon-identity refuses the addon outright.
      if (
        addonHasIrsa(addon) &&
        !nonEmpty(addon['podIdentityAssociations']) &&
        addon['useDefaultPodIdentityAssociations'] !== true
      )
        out.push({ path: ['addons', i], params: { addon: String(addon['name']) } });
    }
    return out;
  },
});
