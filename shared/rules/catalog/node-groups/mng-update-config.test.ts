import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { mngUpdateConfig as rule } from './mng-update-config.js';

describe(rule.id, () => {
  it('flags an empty updateConfig, both fields, and maxUnavailable above the (default) maxSize', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    updateConfig: {}\n' +
      '  - name: b\n    updateConfig:\n      maxUnavailable: 1\n      maxUnavailablePercentage: 20\n' +
      '  - name: c\n    desiredCapacity: 3\n    updateConfig:\n      maxUnavailable: 4\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['managedNodeGroups[0].updateConfig', 'invalid UpdateConfig: maxUnavailable or maxUnavailablePercentage must be defined'],
      ['managedNodeGroups[1].updateConfig', 'cannot use maxUnavailable=1 and maxUnavailablePercentage=20 at the same time'],
      ['managedNodeGroups[2].updateConfig.maxUnavailable', 'maxUnavailable=4 cannot be greater than maxSize=3'],
    ]);
  });

  it('flags values the EKS API refuses though eksctl passes them (1-100 for both)', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    updateConfig:\n      maxUnavailablePercentage: 0\n' +
      '  - name: b\n    maxSize: 200\n    updateConfig:\n      maxUnavailable: 101\n' +
      '  - name: c\n    maxSize: 5\n    updateConfig:\n      maxUnavailable: 0\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      [
        'managedNodeGroups[0].updateConfig.maxUnavailablePercentage',
        'EKS: updateConfig.maxUnavailablePercentage must be between 1 and 100, got 0',
      ],
      ['managedNodeGroups[1].updateConfig.maxUnavailable', 'EKS: updateConfig.maxUnavailable must be between 1 and 100, got 101'],
      ['managedNodeGroups[2].updateConfig.maxUnavailable', 'EKS: updateConfig.maxUnavailable must be between 1 and 100, got 0'],
    ]);
  });

  it('passes one of the two within maxSize', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    maxSize: 4\n    updateConfig:\n      maxUnavailable: 4\n' +
      '  - name: b\n    updateConfig:\n      maxUnavailablePercentage: 33\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
