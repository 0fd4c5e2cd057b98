import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { filled, isObj } from '../../facts/config-values.js';

const KNOWN_POOLS = ['general-purpose', 'system'];

/** eksctl-rules.md #74 and #75, eksctl `ValidateAutoModeConfig` (the Outposts part is eksctl.outpost's). */
export const autoModeConfig = defineConfigRule({
  id: 'eksctl.auto-mode-config',
  severity: 'error',
  area: 'cluster',
  eksctl: [74, 75],
  source: 'https://github.com/eksctl-io/eksctl/blob/main/pkg/apis/eksctl.io/v1alpha5/auto_mode.go',
  text: {
    en: {
      message: 'The Auto Mode settings of cluster {{cluster}} are inconsistent; eksctl refuses them ("{{problem}}").',
      fix: 'With Auto Mode on, list only general-purpose and system node pools, each once, and set nodeRoleARN or permissionsBoundaryARN (not both) only with node pools; with Auto Mode off, remove nodeRoleARN, permissionsBoundaryARN and nodePools.',
    },
    ja: {
      message: 'クラスター {{cluster}} の Auto Mode の設定が矛盾しています。eksctl はこれを拒否します (「{{problem}}」)。',
      fix: 'Auto Mode が有効なら、ノードプールは general-purpose と system だけを各 1 回指定し、nodeRoleARN と permissionsBoundaryARN はノードプールがあるときにどちらか一方だけ設定してください。Auto Mode が無効なら nodeRoleARN、permissionsBoundaryARN、nodePools を削除してください。',
    },
  },
  needs: ['autoModeConfig'],
  checkConfig({ config }) {
    const am: unknown = config.autoModeConfig;
    if (!isObj(am)) return [];
    const role = filled(am['nodeRoleARN']);
    const boundary = filled(am['permissionsBoundaryARN']);
    const pools = am['nodePools'];
    const problem = (key: string, text: string): ConfigFinding[] => [
      { path: ['autoModeConfig', key], params: { problem: text } },
    ];
    if (am['enabled'] !== true) {
      if (role || boundary || (Array.isArray(pools) && pools.length > 0))
        return problem(
          'enabled',
          'cannot set autoModeConfig.nodeRoleARN, autoModeConfig.permissionBoundaryARN, or autoModeConfig.nodePools when Auto Mode is disabled',
        );
      return [];
    }
    if (!Array.isArray(pools)) return [];
    if (pools.length === 0 && role)
      return problem('nodeRoleARN', 'cannot specify autoModeConfig.nodeRoleARN when autoModeConfig.nodePools is empty');
    if (pools.length === 0 && boundary)
      return problem(
        'permissionsBoundaryARN',
        'cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodePools is empty',
      );
    if (role && boundary)
      return problem(
        'permissionsBoundaryARN',
        'cannot specify autoModeConfig.permissionBoundaryARN when autoModeConfig.nodeRoleARN is set',
      );
    const seen = new Set<unknown>();
    for (const pool of pools) {
      if (seen.has(pool)) return problem('nodePools', `found duplicate node pool: "${String(pool)}"`);
      if (typeof pool !== 'string' || !KNOWN_POOLS.includes(pool))
        return problem('nodePools', `invalid NodePool "${String(pool)}"`);
      seen.add(pool);
    }
    return [];
  },
});
