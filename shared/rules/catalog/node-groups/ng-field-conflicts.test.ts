import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngFieldConflicts as rule } from './ng-field-conflicts.js';

describe(rule.id, () => {
  it('flags negative max pods, pod IMDS off with add-on policies, subnets with zones, a nameless placement and EFA over two zones', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    maxPodsPerNode: -1\n' +
      '  - name: b\n    disablePodIMDS: true\n    iam:\n      withAddonPolicies:\n        externalDNS: true\n' +
      'nodeGroups:\n  - name: c\n    availabilityZones: [us-west-2a]\n    subnets: [subnet-0123456789abcdef0]\n' +
      '  - name: d\n    placement:\n      spreadLevel: host\n' +
      '  - name: e\n    efaEnabled: true\n    availabilityZones: [us-west-2a, us-west-2b]\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['managedNodeGroups[0].maxPodsPerNode', 'managedNodeGroups[0].maxPodsPerNode cannot be negative'],
      [
        'managedNodeGroups[1].iam.withAddonPolicies.externalDNS',
        'managedNodeGroups[1].disablePodIMDS and managedNodeGroups[1].iam.withAddonPolicies cannot be set at the same time',
      ],
      ['nodeGroups[0].subnets', 'only one of nodeGroups[0].subnets or nodeGroups[0].availabilityZones should be set'],
      ['nodeGroups[1].placement', 'nodeGroups[1].placement.groupName must be set and non-empty'],
      [
        'nodeGroups[2].availabilityZones',
        'nodeGroups[2].efaEnabled nodegroups must have only one subnet or one availability zone',
      ],
    ]);
  });

  it('passes EFA in one zone, a named placement group and pod IMDS off without add-on policies', () => {
    const yaml =
      'nodeGroups:\n  - name: e\n    efaEnabled: true\n    availabilityZones: [us-west-2a]\n    placement:\n      groupName: efa-group\n    disablePodIMDS: true\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
