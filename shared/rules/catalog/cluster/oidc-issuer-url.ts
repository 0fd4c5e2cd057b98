import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, objects } from '../../facts/config-values.js';

/**
 * EKS's AssociateIdentityProviderConfig takes an OIDC issuer URL that "must begin with https://" and, per the
 * OIDC standard, has no query parameters (API reference: OidcIdentityProviderConfigRequest). eksctl checks only
 * that issuerURL is set and associates the provider after the cluster exists, so the association fails then.
 */
export function issuerUrlProblem(url: string): string | undefined {
  if (!url.startsWith('https://')) return 'must begin with https://';
  if (url.includes('?')) return 'must have no query parameters';
  return undefined;
}

export const oidcIssuerUrl = defineConfigRule({
  id: 'cluster.oidc-issuer-url',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_OidcIdentityProviderConfigRequest.html',
  text: {
    en: {
      message:
        'OIDC identity provider {{name}} of cluster {{cluster}} has the issuer URL "{{url}}", which EKS refuses (an issuer URL begins with https:// and has no query parameters); eksctl associates the provider after creating the cluster, and that step fails.',
      fix: "Set issuerURL to the https:// URL the provider puts in its tokens' iss claim, without a query string (for example https://dex.example.com).",
    },
    ja: {
      message:
        'クラスター {{cluster}} の OIDC ID プロバイダー {{name}} の発行者 URL「{{url}}」は EKS に拒否されます (URL は https:// で始まり、クエリパラメーターを含めることはできません)。eksctl はクラスターの作成後にプロバイダーを関連付けるため、その段階で失敗します。',
      fix: 'issuerURL には、プロバイダーがトークンの iss クレームに入れる https:// の URL をクエリ文字列なしで設定してください (例: https://dex.example.com)。',
    },
  },
  needs: ['identityProviders'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    for (const [idp, i] of objects(config.identityProviders)) {
      const url = idp['issuerURL'];
      if (!filled(url)) continue; // eksctl.identity-providers says it is missing.
      const problem = issuerUrlProblem(url);
      if (problem)
        out.push({ path: ['identityProviders', i, 'issuerURL'], params: { name: String(idp['name'] ?? i), url, problem } });
    }
    return out;
  },
});
