import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { windowsNeedsLinux as rule } from './windows-needs-linux.js';

const WIN =
  'managedNodeGroups:\n  - name: win-mng\n    amiFamily: WindowsServer2022FullContainer\n    instanceType: m6i.xlarge\n' +
  'nodeGroups:\n  - name: win-self\n    amiFamily: windowsserver2019corecontainer\n    instanceType: m6i.xlarge\n';

describe(rule.id, () => {
  it('flags a cluster whose only nodes are Windows, managed or self-managed, whatever the letter case', () => {
    expect(runOnYaml(rule, WIN).map((f) => [f.configPath, f.params?.['nodeGroups']])).toEqual([
      ['managedNodeGroups[0].amiFamily', 'win-mng, win-self'],
    ]);
    // A Fargate profile that does not take kube-system gives CoreDNS nowhere to run either.
    expect(runOnYaml(rule, WIN + 'fargateProfiles:\n  - name: apps\n    selectors: [{namespace: apps}]\n')).toHaveLength(1);
  });

  it('passes when something runs Linux: a Linux group, Fargate for kube-system, Auto Mode, hybrid nodes, Karpenter', () => {
    const linux = 'managedNodeGroups:\n  - name: linux\n    instanceType: t3.large\n';
    expect(runOnYaml(rule, WIN.replace('managedNodeGroups:\n', linux))).toEqual([]);
    expect(runOnYaml(rule, WIN + 'fargateProfiles:\n  - name: sys\n    selectors: [{namespace: kube-*}]\n')).toEqual([]);
    expect(runOnYaml(rule, WIN + 'iam: {withOIDC: true}\nkarpenter: {version: "1.8.1"}\n')).toEqual([]);
    expect(runOnYaml(rule, 'nodeGroups:\n  - name: linux\n    instanceType: m7i.large\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
