import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj } from '../../facts/config-values.js';

/** Association fields CreateAddon's podIdentityAssociations have no place for (they take serviceAccount and roleArn). */
const DROPPED = ['targetRoleARN', 'policy', 'disableSessionTags'] as const;

/** Whether `value` asks for something: a non-empty string, or disableSessionTags: true. */
function set(field: (typeof DROPPED)[number], value: unknown): boolean {
  return field === 'disableSessionTags' ? value === true : filled(value);
}

/**
 * eksctl creates an add-on's podIdentityAssociations through CreateAddon (pkg/actions/addon/create.go), whose
 * AddonPodIdentityAssociations carry only the service account and the role ARN; its validation refuses
 * wellKnownPolicies and tags there but lets targetRoleARN, policy and disableSessionTags through, and drops them.
 * The add-on's Pods then get the role without the cross-account target role or the session policy.
 */
export const addonPodIdentityFieldsDropped = defineConfigRule({
  id: 'addon.pod-identity-fields-dropped',
  severity: 'warning',
  area: 'add-ons',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_AddonPodIdentityAssociations.html',
  text: {
    en: {
      message:
        "The {{addon}} add-on of cluster {{cluster}} sets {{field}} on a pod identity association ({{path}}), which eksctl drops: it creates an add-on's associations through CreateAddon, which takes only the service account and the role, so the add-on's Pods get the role without it.",
      fix: "For a cross-account role or a session policy, put the association under iam.podIdentityAssociations (namespace and service account of the add-on) instead of the add-on, and restart the add-on's Pods after eksctl create cluster; or give the add-on a role in its own account with the permissions it needs.",
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{addon}} アドオンは Pod Identity の関連付けに {{field}} を指定していますが ({{path}})、eksctl はこれを捨てます。アドオンの関連付けは CreateAddon で作成され、サービスアカウントとロールしか渡せないため、アドオンの Pod はこの設定なしでロールを受け取ります。',
      fix: 'クロスアカウントのロールやセッションポリシーを使うには、関連付けをアドオンではなく iam.podIdentityAssociations (アドオンの namespace とサービスアカウント) に置き、「eksctl create cluster」の後でアドオンの Pod を再起動してください。または、必要な権限を持つ同じアカウントのロールをアドオンに指定してください。',
    },
  },
  needs: [
    'addons[].podIdentityAssociations[].targetRoleARN',
    'addons[].podIdentityAssociations[].policy',
    'addons[].podIdentityAssociations[].disableSessionTags',
  ],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const addons: unknown = config.addons;
    if (!Array.isArray(addons)) return out;
    for (let a = 0; a < addons.length; a++) {
      const addon: unknown = addons[a];
      if (!isObj(addon) || !Array.isArray(addon['podIdentityAssociations'])) continue;
      const list = addon['podIdentityAssociations'] as unknown[];
      for (let j = 0; j < list.length; j++) {
        const pia: unknown = list[j];
        if (!isObj(pia)) continue;
        for (let f = 0; f < DROPPED.length; f++) {
          const field = DROPPED[f]!;
          if (!set(field, pia[field])) continue;
          out.push({
            path: ['addons', a, 'podIdentityAssociations', j, field],
            params: { addon: String(addon['name'] ?? `addons[${a}]`), field },
          });
          break;
        }
      }
    }
    return out;
  },
});
