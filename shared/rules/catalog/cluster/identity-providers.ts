import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, objects } from '../../facts/config-values.js';

/** eksctl-rules.md #85, eksctl `validateIdentityProviders`: an OIDC provider has a name, clientID and issuerURL. */
export const identityProviders = defineConfigRule({
  id: 'eksctl.identity-providers',
  severity: 'error',
  area: 'cluster',
  eksctl: [85],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'OIDC identity provider {{index}} of cluster {{cluster}} is incomplete; eksctl refuses it ("identityProviders[{{index}}] is invalid: {{field}} must be set and non-empty").',
      fix: 'Set name, clientID and issuerURL of every OIDC identity provider of {{cluster}}.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の OIDC ID プロバイダー {{index}} に不備があります。eksctl はこれを拒否します (「identityProviders[{{index}}] is invalid: {{field}} must be set and non-empty」)。',
      fix: '{{cluster}} のすべての OIDC ID プロバイダーに name、clientID、issuerURL を設定してください。',
    },
  },
  needs: ['identityProviders'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (let n = 0, items = objects(config.identityProviders); n < items.length; n++) {
      const idp = items[n]![0];
      const i = items[n]![1];
      if (idp['type'] !== 'oidc') continue;
      const field = ['name', 'clientID', 'issuerURL'].find((f) => !filled(idp[f]));
      if (field) out.push({ path: ['identityProviders', i, field], params: { index: i, field } });
    }
    return out;
  },
});
