import { describe, expect, it } from 'vitest';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { efaOneSubnet as rule } from './efa-one-subnet.js';

const group = (fields: string) =>
  `managedNodeGroups:\n  - name: efa\n    instanceType: p5.48xlarge\n    efaEnabled: true\n${fields}`;

describe(rule.id, () => {
  it('tells that eksctl picks the one subnet of an EFA group given no zone or subnet', () => {
    expect(runOnYaml(rule, group('')).map((f) => [f.configPath, f.params?.['nodeGroup']])).toEqual([
      ['managedNodeGroups[0].efaEnabled', 'efa'],
    ]);
  });

  it('is quiet when the group names its zone or subnet, or has no EFA', () => {
    expect(runOnYaml(rule, group('    availabilityZones: [us-west-2a]\n'))).toEqual([]);
    expect(runOnYaml(rule, 'nodeGroups:\n  - name: plain\n    instanceType: m7i.large\n')).toEqual([]);
  });
});
