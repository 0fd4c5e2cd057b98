import { defineConfigRule } from '../../config-rule.js';

/** eksctl-rules.md #68 (OIDC part): eksctl installs Karpenter with IRSA, so `iam.withOIDC` must be true. */
export const karpenterOidc = defineConfigRule({
  id: 'eksctl.karpenter-oidc',
  severity: 'error',
  area: 'autoscaling',
  eksctl: [68],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} installs Karpenter without an OIDC provider; eksctl refuses it ("failed to validate Karpenter config: iam.withOIDC must be enabled with Karpenter").',
      fix: 'Set iam.withOIDC: true for {{cluster}}: eksctl gives the Karpenter controller its IAM role through IRSA.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は OIDC プロバイダーなしで Karpenter をインストールします。eksctl はこれを拒否します (「failed to validate Karpenter config: iam.withOIDC must be enabled with Karpenter」)。',
      fix: '{{cluster}} で iam.withOIDC: true を設定してください。eksctl は Karpenter コントローラーの IAM ロールを IRSA で渡します。',
    },
  },
  needs: ['karpenter'],
  checkConfig({ config }) {
    const karpenter: unknown = config.karpenter;
    if (karpenter === undefined || karpenter === null || config.iam?.withOIDC === true) return [];
    return [{ path: ['iam', 'withOIDC'] }];
  },
});
