import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml, runOnYaml } from '../../test-support/yaml-rule.js';
import { ngInstancesDistribution as rule } from './ng-instances-distribution.js';

describe(rule.id, () => {
  it('flags a fixed instanceType, no types, bad percentages and pools, pools with capacity-optimized, and an unknown strategy', () => {
    const d = (body: string) => `    instancesDistribution:\n${body}`;
    const yaml =
      'nodeGroups:\n  - name: a\n    instanceType: m5.large\n' +
      d('      instanceTypes: [m5.large, m6i.large]\n') +
      '  - name: b\n' +
      d('      instanceTypes: []\n') +
      '  - name: c\n' +
      d('      instanceTypes: [m5.large]\n      onDemandPercentageAboveBaseCapacity: 120\n') +
      '  - name: d\n' +
      d('      instanceTypes: [m5.large]\n      spotInstancePools: 2\n      spotAllocationStrategy: capacity-optimized\n') +
      '  - name: e\n' +
      d('      instanceTypes: [m5.large]\n      spotAllocationStrategy: cheapest\n');
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['nodeGroups[0].instanceType', 'instanceType should be "mixed" or unset when using the instances distribution feature'],
      [
        'nodeGroups[1].instancesDistribution.instanceTypes',
        'at least two instance types have to be specified for mixed nodegroups',
      ],
      [
        'nodeGroups[2].instancesDistribution.onDemandPercentageAboveBaseCapacity',
        'percentageAboveBase should be between 0 and 100',
      ],
      [
        'nodeGroups[3].instancesDistribution.spotInstancePools',
        'spotInstancePools cannot be specified when also specifying spotAllocationStrategy: capacity-optimized',
      ],
      [
        'nodeGroups[4].instancesDistribution.spotAllocationStrategy',
        'spotAllocationStrategy should be one of: [lowest-price diversified capacity-optimized capacity-optimized-prioritized price-capacity-optimized]',
      ],
    ]);
  });

  it('passes a mixed group as eksctl documents it', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    instanceType: mixed\n    instancesDistribution:\n      instanceTypes: [m5.large, m6i.large]\n      onDemandBaseCapacity: 0\n      onDemandPercentageAboveBaseCapacity: 0\n      spotInstancePools: 2\n      spotAllocationStrategy: lowest-price\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
    expect(runOnYaml(rule, 'managedNodeGroups:\n  - name: m\n    instanceType: m5.large\n')).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
