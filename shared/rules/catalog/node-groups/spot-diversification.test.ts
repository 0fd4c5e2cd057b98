import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { spotDiversification as rule } from './spot-diversification.js';

describe(rule.id, () => {
  it('flags a Spot node group with one instance type (listed twice)', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { capacityType: 'SPOT', instanceTypes: ['m5.xlarge', 'm5.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: 'm5.xlarge' } }]);
  });

  it('passes a diversified Spot group and a single-type On-Demand group', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { capacityType: 'SPOT', instanceTypes: ['m5.xlarge', 'm6i.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes a Spot group whose instanceSelector picks its types (the one type it holds is a stand-in)', () => {
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), {
      capacityType: 'SPOT',
      instanceTypes: ['m5.large'],
      extra: { instanceSelector: { vCPUs: 4, memory: '16' } },
    });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});

describe(`${rule.id} with a launch template`, () => {
  const lt = '    launchTemplate:\n      id: lt-0123456789abcdef0\n      version: "3"\n';

  it('passes an imported Spot group whose type is in its launch template: the type the design holds is a stand-in', () => {
    expect(runOnYaml(rule, `managedNodeGroups:\n  - name: spot-lt\n    spot: true\n${lt}`)).toEqual([]);
  });

  it('still flags a Spot group with a launch template and one type of its own', () => {
    const yaml = `managedNodeGroups:\n  - name: spot-lt\n    spot: true\n    instanceTypes: [m5.xlarge]\n${lt}`;
    expect(runOnYaml(rule, yaml).map((f) => f.params)).toEqual([{ nodeGroup: 'spot-lt', instanceType: 'm5.xlarge' }]);
  });
});
