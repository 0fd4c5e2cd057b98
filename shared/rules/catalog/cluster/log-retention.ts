import { defineConfigRule } from '../../config-rule.js';
import { isObj, nonEmpty } from '../../facts/config-values.js';

/** CloudWatch Logs retention periods eksctl accepts (eksctl `LogRetentionInDaysValues`). */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653] as const;

/** eksctl-rules.md #78, eksctl `validateCloudWatchLogging`: a retention needs log types and one of eksctl's values. */
export const logRetention = defineConfigRule({
  id: 'eksctl.log-retention',
  severity: 'error',
  area: 'cluster',
  eksctl: [78],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message: 'The control plane log retention of cluster {{cluster}} is {{days}} days; eksctl refuses it ("{{problem}}").',
      fix: 'Turn on at least one control plane log type for {{cluster}}, and choose a retention of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827 or 3653 days.',
    },
    ja: {
      message:
        'クラスター {{cluster}} のコントロールプレーンのログ保持期間は {{days}} 日です。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: '{{cluster}} でコントロールプレーンのログタイプを 1 つ以上有効にし、保持期間を 1、3、5、7、14、30、60、90、120、150、180、365、400、545、731、1827、3653 日のいずれかにしてください。',
    },
  },
  needs: ['cloudWatch.clusterLogging.logRetentionInDays'],
  checkConfig({ config }) {
    const logging = isObj(config.cloudWatch) ? config.cloudWatch['clusterLogging'] : undefined;
    if (!isObj(logging)) return [];
    const days = logging['logRetentionInDays'];
    if (days === undefined || days === null || days === 0) return [];
    const path = ['cloudWatch', 'clusterLogging', 'logRetentionInDays'];
    if (!nonEmpty(logging['enableTypes']) || !Array.isArray(logging['enableTypes']))
      return [
        {
          path,
          params: {
            days: String(days),
            problem: 'cannot set cloudWatch.clusterLogging.logRetentionInDays without enabling log types',
          },
        },
      ];
    if ((LOG_RETENTION_DAYS as readonly unknown[]).includes(days)) return [];
    return [
      {
        path,
        params: {
          days: String(days),
          problem: `invalid value ${String(days)} for logRetentionInDays; supported values are [${LOG_RETENTION_DAYS.join(' ')}]`,
        },
      },
    ];
  },
});
