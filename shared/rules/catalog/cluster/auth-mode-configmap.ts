import { defineRule } from '../../define.js';

export const authModeConfigmap = defineRule({
  id: 'cluster.auth-mode-configmap',
  severity: 'warning',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html#setting-up-access-entries',
  text: {
    en: {
      message:
        'Cluster {{cluster}} grants access only through the aws-auth ConfigMap, which is deprecated; access entries (the EKS API) are the recommended mechanism.',
      fix: 'Set the authentication mode to API (or API_AND_CONFIG_MAP while migrating). The change is one-way: you cannot go back to CONFIG_MAP.',
    },
    ja: {
      message:
        'クラスター {{cluster}} は aws-auth ConfigMap だけでアクセスを許可しています。この方式は非推奨で、アクセスエントリ（EKS API）が推奨されています。',
      fix: '認証モードを API（移行中は API_AND_CONFIG_MAP）にしてください。この変更は一方向で、CONFIG_MAP には戻せません。',
    },
  },
  check(index) {
    return index
      .ofKind('cluster')
      .filter((c) => c.props.authenticationMode === 'CONFIG_MAP')
      .map((c) => ({ partIds: [c.id], params: { cluster: c.name } }));
  },
});
