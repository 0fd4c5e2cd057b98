import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, hasWellKnownPolicy, nonEmpty, objects, problemAt, type Obj } from '../../facts/config-values.js';
import { permissionPolicyNameProblem, policySourceProblem } from '../security/pia-checks.js';

// Module-level, not closures in addonProblem: it runs for every addon of every cluster on each validation.
function bad(name: string, msg: string): string {
  return `invalid configuration for "${name}" addon: ${msg}`;
}
function byAddon(name: string, msg: string): string {
  return `${msg} (addon: ${name})`;
}

/** eksctl `Addon.Validate` and `validateAddonPodIdentityAssociations`, first problem of one addon. */
function addonProblem(addon: Obj): string | undefined {
  const name = String(addon['name']);
  // Counted without a throwaway array: this runs for every add-on of every cluster on each validation.
  const sources =
    Number(addon['attachPolicy'] !== undefined && addon['attachPolicy'] !== null) +
    Number(nonEmpty(addon['attachPolicyARNs'])) +
    Number(filled(addon['serviceAccountRoleARN'])) +
    Number(hasWellKnownPolicy(addon['wellKnownPolicies']));
  const irsa = sources > 0;
  const pias = objects(addon['podIdentityAssociations']);
  if (irsa && pias.length > 0)
    return bad(
      name,
      'cannot set IRSA config (`addon.ServiceAccountRoleARN`, `addon.AttachPolicyARNs`, `addon.AttachPolicy`, `addon.WellKnownPolicies`) and pod identity associations at the same time',
    );
  if (sources > 1)
    return bad(
      name,
      'at most one of wellKnownPolicies, serviceAccountRoleARN, attachPolicyARNs and attachPolicy can be specified',
    );
  if (pias.length > 0 && name === 'eks-pod-identity-agent')
    return bad(name, 'cannot set pod identity associations for "eks-pod-identity-agent" addon');
  // Indexed, elements rather than destructuring: below TurboFan both walk iterators.
  for (let n = 0; n < pias.length; n++) {
    const pia = pias[n]![0];
    const i = pias[n]![1];
    const path = `podIdentityAssociations[${i}]`;
    if (!filled(pia['namespace'])) return bad(name, `${path}.namespace must be set`);
    if (!filled(pia['serviceAccountName'])) return bad(name, `${path}.serviceAccountName must be set`);
    const policy = policySourceProblem(pia, 'podIdentityAssociations', i);
    if (policy) return bad(name, policy);
  }
  for (let n = 0; n < pias.length; n++) {
    const pia = pias[n]![0];
    if (hasWellKnownPolicy(pia['wellKnownPolicies']))
      return byAddon(
        name,
        'wellKnownPolicies is not supported for addon.podIdentityAssociations; use addon.useDefaultPodIdentityAssociations instead',
      );
    if (pia['tags'] !== undefined && pia['tags'] !== null)
      return byAddon(name, 'tags is not supported for addon.podIdentityAssociations');
    const policyName = permissionPolicyNameProblem(pia);
    if (policyName) return byAddon(name, policyName);
  }
  if (addon['useDefaultPodIdentityAssociations'] === true) {
    if (pias.length > 0)
      return byAddon(name, 'cannot specify both addon.useDefaultPodIdentityAssociations and addon.podIdentityAssociations');
    if (irsa)
      return byAddon(
        name,
        'cannot specify serviceAccountRoleARN, wellKnownPolicies, attachPolicy or attachPolicyARNs when addon.useDefaultPodIdentityAssociations is set',
      );
  }
  return undefined;
}

/** eksctl-rules.md #71: an addon gets its IAM role one way only (IRSA fields, pod identity associations or the defaults). */
export const addonIdentity = defineConfigRule({
  id: 'eksctl.addon-identity',
  severity: 'error',
  area: 'add-ons',
  eksctl: [71],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/addon.go',
  text: {
    en: {
      message: 'The IAM settings of an addon of cluster {{cluster}} conflict; eksctl refuses it ("{{problem}}").',
      fix: 'Give the addon one IAM source: one IRSA field (serviceAccountRoleARN, attachPolicyARNs, attachPolicy or wellKnownPolicies), or podIdentityAssociations, or useDefaultPodIdentityAssociations: true.',
    },
    ja: {
      message: 'クラスター {{cluster}} のアドオンの IAM 設定が矛盾しています。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'アドオンの IAM の指定を 1 つにしてください: IRSA のフィールド 1 つ (serviceAccountRoleARN、attachPolicyARNs、attachPolicy、wellKnownPolicies)、podIdentityAssociations、または useDefaultPodIdentityAssociations: true のいずれかです。',
    },
  },
  needs: [
    'addons[].serviceAccountRoleARN',
    'addons[].attachPolicyARNs',
    'addons[].attachPolicy',
    'addons[].wellKnownPolicies',
    'addons[].podIdentityAssociations',
    'addons[].useDefaultPodIdentityAssociations',
  ],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.addons); n < items.length; n++) {
      const addon = items[n]![0];
      const i = items[n]![1];
      const problem = addonProblem(addon);
      if (problem) out.push(problemAt(['addons', i], problem));
    }
    return out;
  },
});
