import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { mngNodeRepair as rule } from './mng-node-repair.js';

const group = (name: string, repair: string) =>
  `  - name: ${name}\n    instanceType: m7i.large\n    nodeRepairConfig:\n      enabled: true\n${repair}`;

describe(rule.id, () => {
  it('flags both forms of one limit, values out of range, incomplete overrides and unknown repair actions', () => {
    const yaml =
      'managedNodeGroups:\n' +
      group('a', '      maxUnhealthyNodeThresholdCount: 2\n      maxUnhealthyNodeThresholdPercentage: 20\n') +
      group('b', '      maxParallelNodesRepairedPercentage: 150\n') +
      group(
        'c',
        '      nodeRepairConfigOverrides:\n        - nodeMonitoringCondition: AcceleratedHardwareReady\n          repairAction: Reboot\n',
      ) +
      group(
        'd',
        '      nodeRepairConfigOverrides:\n        - nodeMonitoringCondition: AcceleratedHardwareReady\n          nodeUnhealthyReason: NvidiaXID13Error\n          minRepairWaitTimeMins: 10\n          repairAction: Restart\n',
      ) +
      group('e', '      maxParallelNodesRepairedCount: 0\n');
    expect(messagesOnYaml(rule, yaml)).toEqual([
      [
        'managedNodeGroups[0].nodeRepairConfig.maxUnhealthyNodeThresholdPercentage',
        'When using maxUnhealthyNodeThresholdCount, you cannot also set maxUnhealthyNodeThresholdPercentage at the same time',
      ],
      [
        'managedNodeGroups[1].nodeRepairConfig.maxParallelNodesRepairedPercentage',
        'maxParallelNodesRepairedPercentage: Minimum value of 1. Maximum value of 100',
      ],
      [
        'managedNodeGroups[2].nodeRepairConfig.nodeRepairConfigOverrides[0].nodeUnhealthyReason',
        'nodeRepairConfigOverrides: If you use this, you must specify all the values',
      ],
      [
        'managedNodeGroups[3].nodeRepairConfig.nodeRepairConfigOverrides[0].repairAction',
        'repairAction: Valid Values: Replace | Reboot | NoAction',
      ],
      [
        'managedNodeGroups[4].nodeRepairConfig.maxParallelNodesRepairedCount',
        'maxParallelNodesRepairedCount: Minimum value of 1',
      ],
    ]);
  });

  it("passes eksctl's documented settings and the baseline", () => {
    const yaml =
      'managedNodeGroups:\n' +
      group('a', '      maxUnhealthyNodeThresholdPercentage: 20\n      maxParallelNodesRepairedPercentage: 15\n') +
      group(
        'b',
        '      maxUnhealthyNodeThresholdCount: 2\n      maxParallelNodesRepairedCount: 1\n      nodeRepairConfigOverrides:\n        - nodeMonitoringCondition: AcceleratedHardwareReady\n          nodeUnhealthyReason: NvidiaXID13Error\n          minRepairWaitTimeMins: 10\n          repairAction: Reboot\n',
      );
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
