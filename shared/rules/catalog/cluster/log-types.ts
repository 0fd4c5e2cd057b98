import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { isObj } from '../../facts/config-values.js';

/** Log types eksctl knows; `all` and `*` stand for all five. */
const KNOWN = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler', 'all', '*'];

/** eksctl-rules.md #77, eksctl `validateCloudWatchLogging`: every enableTypes entry is a known log type. */
export const logTypes = defineConfigRule({
  id: 'eksctl.log-types',
  severity: 'error',
  area: 'cluster',
  eksctl: [77],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/validation.go',
  text: {
    en: {
      message:
        'Cluster {{cluster}} turns on the control plane log type "{{type}}", which does not exist; eksctl refuses it ("log type "{{type}}" ({{path}}) is unknown").',
      fix: 'Use only api, audit, authenticator, controllerManager and scheduler (or all).',
    },
    ja: {
      message:
        'クラスター {{cluster}} は存在しないコントロールプレーンのログタイプ「{{type}}」を有効にしています。eksctl はこれを拒否します (「log type "{{type}}" ({{path}}) is unknown」)。',
      fix: 'api、audit、authenticator、controllerManager、scheduler (または all) だけを使ってください。',
    },
  },
  needs: ['cloudWatch'],
  checkConfig({ config }) {
    const logging = isObj(config.cloudWatch) ? config.cloudWatch['clusterLogging'] : undefined;
    if (!isObj(logging) || !Array.isArray(logging['enableTypes'])) return [];
    const out: ConfigFinding[] = [];
    (logging['enableTypes'] as unknown[]).forEach((t, i) => {
      if (!KNOWN.includes(t as string))
        out.push({ path: ['cloudWatch', 'clusterLogging', 'enableTypes', i], params: { type: String(t) } });
    });
    return out;
  },
});
