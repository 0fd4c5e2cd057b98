import { defineConfigRule } from '../../config-rule.js';

/** eksctl-rules.md #9: `metadata.rollbackConfig.timeoutMinutes` must lie in EKS's [120, 10080]. */
export const ROLLBACK_TIMEOUT_MINUTES = { min: 120, max: 10080 } as const;

export const rollbackTimeout = defineConfigRule({
  id: 'eksctl.rollback-timeout',
  severity: 'error',
  area: 'cluster',
  eksctl: [9],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} sets {{path}} to {{value}}; eksctl refuses it ("metadata.rollbackConfig.timeoutMinutes must be between 120 and 10080, got {{value}}").',
      fix: 'Set {{path}} of {{cluster}} to a number of minutes from 120 (2 hours) to 10080 (7 days), or remove it.',
    },
    ja: {
      message:
        'クラスター {{cluster}} の {{path}} は {{value}} です。eksctl はこれを拒否します（「metadata.rollbackConfig.timeoutMinutes must be between 120 and 10080, got {{value}}」）。',
      fix: '{{cluster}} の {{path}} を 120（2 時間）から 10080（7 日）までの分数にするか、削除してください。',
    },
  },
  needs: ['metadata.rollbackConfig'],
  checkConfig({ config }) {
    const value: unknown = config.metadata?.rollbackConfig?.timeoutMinutes;
    if (typeof value !== 'number') return [];
    if (value >= ROLLBACK_TIMEOUT_MINUTES.min && value <= ROLLBACK_TIMEOUT_MINUTES.max) return [];
    return [{ path: ['metadata', 'rollbackConfig', 'timeoutMinutes'], params: { value } }];
  },
});
