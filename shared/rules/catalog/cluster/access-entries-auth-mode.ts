import { defineConfigRule } from '../../config-rule.js';
import { isObj, nonEmpty } from '../../facts/config-values.js';

/** eksctl-rules.md #84 (mode): access entries are an EKS API feature, refused under `authenticationMode: CONFIG_MAP`. */
export const accessEntriesAuthMode = defineConfigRule({
  id: 'eksctl.access-entries-auth-mode',
  severity: 'error',
  area: 'cluster',
  eksctl: [84],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} lists access entries but its authentication mode is CONFIG_MAP; eksctl refuses it ("accessConfig.authenticationMode must be set to either API_AND_CONFIG_MAP or API to use access entries").',
      fix: 'Set the authentication mode of {{cluster}} to API (or API_AND_CONFIG_MAP), or map the principals in aws-auth (iamIdentityMappings) instead.',
    },
    ja: {
      message:
        'クラスター {{cluster}} はアクセスエントリを定義していますが、認証モードが CONFIG_MAP です。eksctl はこれを拒否します (「accessConfig.authenticationMode must be set to either API_AND_CONFIG_MAP or API to use access entries」)。',
      fix: '{{cluster}} の認証モードを API (または API_AND_CONFIG_MAP) にするか、代わりに aws-auth (iamIdentityMappings) でプリンシパルを対応付けてください。',
    },
  },
  needs: ['accessConfig.accessEntries'],
  checkConfig({ config }) {
    const ac: unknown = config.accessConfig;
    if (!isObj(ac) || ac['authenticationMode'] !== 'CONFIG_MAP' || !nonEmpty(ac['accessEntries'])) return [];
    return [{ path: ['accessConfig', 'authenticationMode'] }];
  },
});
