import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { mngInstanceType as rule } from './mng-instance-type.js';

describe(rule.id, () => {
  it('flags instanceType with instanceTypes and with instanceSelector', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    instanceType: m6i.large\n    instanceTypes: [m6i.large, m5.large]\n' +
      '  - name: b\n    instanceType: m6i.large\n    instanceSelector:\n      vCPUs: 2\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['managedNodeGroups[0].instanceTypes', 'only one of instanceType or instanceTypes can be specified (managedNodeGroups[0])'],
      [
        'managedNodeGroups[1].instanceSelector',
        'cannot set instanceType when instanceSelector is specified (managedNodeGroups[1])',
      ],
    ]);
  });

  it('passes each way alone', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    instanceTypes: [m6i.large, m5.large]\n' +
      '  - name: b\n    instanceSelector:\n      vCPUs: 2\n  - name: c\n    instanceType: m6i.large\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
