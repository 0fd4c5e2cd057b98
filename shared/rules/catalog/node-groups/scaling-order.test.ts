import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { scalingOrder as rule } from './scaling-order.js';

describe(rule.id, () => {
  it('flags desired above max, min above desired and a managed max of 0, in eksctl words', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const a = b.managedNodeGroup(cluster, { minSize: 1, desiredCapacity: 5, maxSize: 3 });
    const c = b.selfManagedNodeGroup(cluster, { minSize: 4, desiredCapacity: 2, maxSize: 6 });
    const d = b.managedNodeGroup(cluster, { minSize: 0, desiredCapacity: 0, maxSize: 0 });
    const findings = runRule(rule, b.build());
    expect(findings.map((f) => [f.partIds, f.configPath, f.params?.['eksctlMessage']])).toEqual([
      [[a.id], 'managedNodeGroups[0].maxSize', 'cannot use --nodes-max=3 and --nodes=5 at the same time'],
      [[d.id], 'managedNodeGroups[1].maxSize', 'EKS: scalingConfig.maxSize must be at least 1'],
      [[c.id], 'nodeGroups[0].desiredCapacity', '--nodes value (2) cannot be lower than --nodes-min value (4)'],
    ]);
    expect(findings[0]!.params).toMatchObject({ nodeGroup: a.name, min: 1, desired: 5, max: 3 });
  });

  it("applies eksctl's defaults to sizes an import carried without the others", () => {
    // Only maxSize, below the default min of 2: eksctl says min 2 > max 1. desiredCapacity 0 alone is fine.
    const yaml =
      'nodeGroups:\n  - name: a\n    maxSize: 1\n  - name: zero\n    desiredCapacity: 0\nmanagedNodeGroups:\n  - name: m\n    desiredCapacity: 0\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['nodeGroups[0].maxSize', '--nodes-min value (2) cannot be greater than --nodes-max value (1)'],
    ]);
  });

  it('passes ordered sizes, a managed group scaled to zero with max 1, and a self-managed group of 0', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { minSize: 0, desiredCapacity: 0, maxSize: 1 });
    b.selfManagedNodeGroup(cluster, { minSize: 0, desiredCapacity: 0, maxSize: 0 });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
