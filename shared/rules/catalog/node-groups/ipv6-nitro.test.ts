import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { ipv6Nitro as rule } from './ipv6-nitro.js';
import { isXenInstanceType } from './xen-families.js';

const V6 = 'kubernetesNetworkConfig:\n  ipFamily: ipv6\n';

describe(rule.id, () => {
  it('flags a Xen-based type in an IPv6 cluster, in instanceType, instanceTypes or a distribution, once per group', () => {
    const yaml =
      V6 +
      'managedNodeGroups:\n  - name: legacy\n    instanceType: m4.large\n' +
      '  - name: spot\n    instanceTypes: [c5.xlarge, c4.xlarge, r4.xlarge]\n    spot: true\n' +
      'nodeGroups:\n  - name: mixed\n    instanceType: mixed\n    instancesDistribution:\n      instanceTypes: [m5.large, t2.large]\n';
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['instanceType']])).toEqual([
      ['managedNodeGroups[0].instanceType', 'm4.large'],
      ['managedNodeGroups[1].instanceTypes[1]', 'c4.xlarge'],
      ['nodeGroups[0].instancesDistribution.instanceTypes[1]', 't2.large'],
    ]);
  });

  it('passes Nitro types (i3.metal too) in IPv6, Xen types in IPv4, and the baseline', () => {
    expect(
      runOnYaml(
        rule,
        V6 + 'managedNodeGroups:\n  - name: a\n    instanceTypes: [m6i.large, t3.large, i3.metal, p3dn.24xlarge]\n',
      ),
    ).toEqual([]);
    expect(runOnYaml(rule, 'managedNodeGroups:\n  - name: a\n    instanceType: m4.large\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('knows the Xen families by family, not by prefix', () => {
    expect(['m4.large', 'c4.8xlarge', 'p3.2xlarge', 'x1e.xlarge', 'i3.large', 'g3s.xlarge'].map(isXenInstanceType)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['m5.large', 'p3dn.24xlarge', 'i3en.large', 'i3.metal', 'g4dn.xlarge'].some(isXenInstanceType)).toBe(false);
  });
});
