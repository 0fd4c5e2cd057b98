import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import { arr, configNodeGroups, isObj, num, type ConfigNodeGroup, type Obj } from './config-node-groups.js';

/** EKS NodeRepairConfigOverrides.repairAction values (API reference; matched exactly). */
const REPAIR_ACTIONS = ['Replace', 'Reboot', 'NoAction'];
const OVERRIDE_FIELDS = ['nodeMonitoringCondition', 'nodeUnhealthyReason', 'minRepairWaitTimeMins', 'repairAction'];

/**
 * A managed group's nodeRepairConfig: eksctl checks none of it and copies it into the node group's
 * CloudFormation (pkg/cfn/builder/managed_nodegroup.go), so what the EKS API refuses fails the node group stack:
 * a count and a percentage for the same limit, values out of range, and overrides that do not give every value
 * ("If you use this, you must specify all the values", API NodeRepairConfig / NodeRepairConfigOverrides).
 */
export const mngNodeRepair = defineConfigRule({
  id: 'ng.node-repair-config',
  severity: 'error',
  area: 'node-groups',
  source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_NodeRepairConfig.html',
  text: {
    en: {
      message:
        'The node auto repair settings of managed node group {{nodeGroup}} are refused by EKS at {{path}} ("{{eksctlMessage}}"); eksctl passes them on unchecked, so the node group stack fails.',
      fix: 'Give each limit as a count or a percentage (1-100), not both; give every override all four values, with repairAction Replace, Reboot or NoAction and minRepairWaitTimeMins of at least 1.',
    },
    ja: {
      message:
        'マネージド型ノードグループ {{nodeGroup}} のノード自動修復の設定は {{path}} で EKS に拒否されます（「{{eksctlMessage}}」）。eksctl は確認せずに渡すため、ノードグループのスタックの作成に失敗します。',
      fix: '各上限はノード数か割合（1〜100）のどちらか一方で指定し、オーバーライドには 4 つの値をすべて指定してください（repairAction は Replace、Reboot、NoAction のいずれか、minRepairWaitTimeMins は 1 以上）。',
    },
  },
  needs: ['managedNodeGroups[].nodeRepairConfig'],
  checkConfig({ config }) {
    const out: ConfigFinding[] = [];
    const groups = configNodeGroups(config);
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const repair = g.ng['nodeRepairConfig'];
      if (g.managed && isObj(repair)) out.push(...repairProblems(g, repair));
    }
    return out;
  },
});

/** The first problem of one group's nodeRepairConfig, as EKS words it (at most one finding per group). */
function repairProblems(g: ConfigNodeGroup, repair: Obj): ConfigFinding[] {
  const at = (...rest: (string | number)[]) => ['nodeRepairConfig', ...rest];
  for (const [count, percentage] of [
    ['maxUnhealthyNodeThresholdCount', 'maxUnhealthyNodeThresholdPercentage'],
    ['maxParallelNodesRepairedCount', 'maxParallelNodesRepairedPercentage'],
  ] as const) {
    const c = num(repair[count]);
    const p = num(repair[percentage]);
    if (c !== undefined && p !== undefined)
      return g.finding(at(percentage), `When using ${count}, you cannot also set ${percentage} at the same time`);
    if (c !== undefined && c < 1) return g.finding(at(count), `${count}: Minimum value of 1`);
    if (p !== undefined && (p < 1 || p > 100))
      return g.finding(at(percentage), `${percentage}: Minimum value of 1. Maximum value of 100`);
  }
  const overrides = arr(repair['nodeRepairConfigOverrides']);
  for (let k = 0; k < overrides.length; k++) {
    const o = isObj(overrides[k]) ? (overrides[k] as Obj) : {};
    const missing = OVERRIDE_FIELDS.find((f) => o[f] === undefined || o[f] === null || o[f] === '');
    if (missing)
      return g.finding(
        at('nodeRepairConfigOverrides', k, missing),
        'nodeRepairConfigOverrides: If you use this, you must specify all the values',
      );
    const action = String(o['repairAction']);
    if (!REPAIR_ACTIONS.includes(action))
      return g.finding(
        at('nodeRepairConfigOverrides', k, 'repairAction'),
        `repairAction: Valid Values: ${REPAIR_ACTIONS.join(' | ')}`,
      );
    const wait = num(o['minRepairWaitTimeMins']);
    if (wait !== undefined && wait < 1)
      return g.finding(at('nodeRepairConfigOverrides', k, 'minRepairWaitTimeMins'), 'minRepairWaitTimeMins: Minimum value of 1');
  }
  return [];
}
