import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { objects } from '../../facts/config-values.js';

/**
 * EKS: "You can associate one OIDC identity provider to your cluster" (authenticate-oidc-identity-provider.html).
 * eksctl validates each entry of identityProviders on its own and associates them all once the cluster is up
 * (pkg/actions/identityproviders/associate.go), so a second one is refused by EKS after the cluster was created.
 */
export const identityProviderCount = defineConfigRule({
  id: 'cluster.identity-provider-count',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/authenticate-oidc-identity-provider.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists {{count}} OIDC identity providers, but EKS associates only one OIDC identity provider with a cluster; EKS refuses {{path}} after the cluster was created.',
      fix: 'Keep one entry in identityProviders of {{cluster}}; to sign in users of several directories, federate them in that one provider (e.g. Dex or your IdP), or give them IAM roles with access entries.',
    },
    ja: {
      message:
        'クラスター {{cluster}} には OIDC ID プロバイダーが {{count}} 個ありますが、EKS がクラスターに関連付けられる OIDC ID プロバイダーは 1 つだけです。クラスター作成後に EKS が {{path}} を拒否します。',
      fix: '{{cluster}} の identityProviders は 1 エントリーにしてください。複数のディレクトリのユーザーをサインインさせるには、その 1 つのプロバイダー (Dex や IdP など) でフェデレーションするか、IAM ロールとアクセスエントリを使ってください。',
    },
  },
  needs: ['identityProviders'],
  checkConfig({ config }) {
    const items = objects(config.identityProviders);
    const out: ConfigFinding[] = [];
    for (let n = 1; n < items.length; n++)
      out.push({ path: ['identityProviders', items[n]![1]], params: { count: items.length } });
    return out;
  },
});
