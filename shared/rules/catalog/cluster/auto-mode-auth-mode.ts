import { defineConfigRule } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';

/**
 * EKS Auto Mode maps its node role and its own components to Kubernetes through access entries ("In EKS Auto
 * Mode, AWS IAM roles are automatically mapped to Kubernetes permissions through EKS access entries"), which
 * the CONFIG_MAP authentication mode does not have. eksctl passes the mode through unchecked.
 */
export const autoModeAuthMode = defineConfigRule({
  id: 'cluster.auto-mode-auth-mode',
  severity: 'error',
  area: 'cluster',
  source: 'https://docs.aws.amazon.com/eks/latest/userguide/auto-learn-iam.html',
  text: {
    en: {
      message:
        'Cluster {{cluster}} turns on EKS Auto Mode with accessConfig.authenticationMode CONFIG_MAP, but Auto Mode grants its nodes and components access through access entries, which CONFIG_MAP does not have: its nodes cannot join.',
      fix: "Set accessConfig.authenticationMode of {{cluster}} to API (or API_AND_CONFIG_MAP, eksctl's default), or leave it out.",
    },
    ja: {
      message:
        'クラスター {{cluster}} は EKS Auto Mode を有効にしていますが、accessConfig.authenticationMode が CONFIG_MAP です。Auto Mode はノードとコンポーネントにアクセスエントリで権限を与えますが、CONFIG_MAP ではアクセスエントリを使えないため、ノードがクラスターに参加できません。',
      fix: '{{cluster}} の accessConfig.authenticationMode を API（または eksctl のデフォルトの API_AND_CONFIG_MAP）にするか、指定を削除してください。',
    },
  },
  needs: ['autoModeConfig'],
  checkConfig({ config }) {
    const am: unknown = config.autoModeConfig;
    if (!isObj(am) || am['enabled'] !== true) return [];
    const access: unknown = config.accessConfig;
    const mode = isObj(access) ? access['authenticationMode'] : undefined;
    return typeof mode === 'string' && mode.toUpperCase() === 'CONFIG_MAP'
      ? [{ path: ['accessConfig', 'authenticationMode'] }]
      : [];
  },
});
