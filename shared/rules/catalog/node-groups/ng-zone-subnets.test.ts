import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml, runOnYaml } from '../../test-support/yaml-rule.js';
import { ngZoneSubnets as rule } from './ng-zone-subnets.js';

describe(rule.id, () => {
  it("flags a zone outside the cluster's zones, and one without a subnet of the group's kind", () => {
    const azs = 'availabilityZones: [us-west-2a, us-west-2b]\nnodeGroups:\n  - name: a\n    availabilityZones: [us-west-2c]\n';
    expect(runOnYaml(rule, azs).map((f) => [f.configPath, f.params?.['zone'], f.params?.['access']])).toEqual([
      ['nodeGroups[0].availabilityZones[0]', 'us-west-2c', 'public'],
    ]);
    const subnets =
      'vpc:\n  id: vpc-0123456789abcdef0\n  subnets:\n    private:\n      us-west-2a: { id: subnet-0123456789abcdef0 }\n      us-west-2b: { id: subnet-0123456789abcdef1 }\n    public:\n      us-west-2c: { id: subnet-0123456789abcdef2 }\n' +
      'managedNodeGroups:\n  - name: a\n    privateNetworking: true\n    availabilityZones: [us-west-2a, us-west-2c]\n';
    expect(runOnYaml(rule, subnets).map((f) => [f.configPath, f.params?.['zone'], f.params?.['access']])).toEqual([
      ['managedNodeGroups[0].availabilityZones[1]', 'us-west-2c', 'private'],
    ]);
  });

  it('passes covered zones, and says nothing when only AWS knows the zones', () => {
    const covered =
      'availabilityZones: [us-west-2a, us-west-2b]\nnodeGroups:\n  - name: a\n    availabilityZones: [us-west-2b]\n';
    expect(messagesOnYaml(rule, covered)).toEqual([]);
    const aliases =
      'vpc:\n  id: vpc-0123456789abcdef0\n  subnets:\n    private:\n      app-a: { id: subnet-0123456789abcdef0 }\n      app-b: { id: subnet-0123456789abcdef1 }\n' +
      'managedNodeGroups:\n  - name: a\n    privateNetworking: true\n    availabilityZones: [us-west-2d]\n';
    expect(messagesOnYaml(rule, aliases)).toEqual([]);
    expect(messagesOnYaml(rule, 'nodeGroups:\n  - name: a\n    availabilityZones: [us-west-2d]\n')).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
