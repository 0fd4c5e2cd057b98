import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { ipv6Windows as rule } from './ipv6-windows.js';

const V6 = 'kubernetesNetworkConfig:\n  ipFamily: ipv6\n';
const GROUPS =
  'managedNodeGroups:\n  - name: linux\n    instanceType: m7i.large\n' +
  'nodeGroups:\n  - name: win\n    amiFamily: windowsserver2022corecontainer\n    instanceType: m6i.xlarge\n';

describe(rule.id, () => {
  it('flags a Windows node group in an IPv6 cluster, whatever the letter case of ipFamily and amiFamily', () => {
    expect(runOnYaml(rule, V6 + GROUPS).map((f) => [f.configPath, f.params?.['amiFamily']])).toEqual([
      ['nodeGroups[0].amiFamily', 'WindowsServer2022CoreContainer'],
    ]);
  });

  it('passes Windows in IPv4, Linux in IPv6, and the baseline', () => {
    expect(runOnYaml(rule, GROUPS)).toEqual([]);
    expect(runOnYaml(rule, V6 + 'managedNodeGroups:\n  - name: linux\n    instanceType: m7i.large\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
