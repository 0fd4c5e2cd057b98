import { defineConfigRule } from '../../config-rule.js';

/** eksctl-rules.md #64: `iam.serviceAccounts` need `iam.withOIDC: true`, which defaults to false. */
export const serviceAccountsOidc = defineConfigRule({
  id: 'eksctl.service-accounts-oidc',
  severity: 'error',
  area: 'security',
  eksctl: [64],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists IAM service accounts (IRSA) but does not turn on the OIDC provider; eksctl refuses it ("iam.withOIDC must be enabled explicitly for iam.serviceAccounts to be created").',
      fix: 'Set iam.withOIDC: true for {{cluster}}, or move the service accounts to EKS Pod Identity associations.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は IAM サービスアカウント (IRSA) を定義していますが、OIDC プロバイダーを有効にしていません。eksctl はこれを拒否します (「iam.withOIDC must be enabled explicitly for iam.serviceAccounts to be created」)。',
      fix: '{{cluster}} で iam.withOIDC: true を設定するか、サービスアカウントを EKS Pod Identity の関連付けに移してください。',
    },
  },
  needs: ['iam.serviceAccounts'],
  checkConfig({ config }) {
    const accounts = config.iam?.serviceAccounts;
    if (!Array.isArray(accounts) || accounts.length === 0 || config.iam?.withOIDC === true) return [];
    return [{ path: ['iam', 'withOIDC'] }];
  },
});
