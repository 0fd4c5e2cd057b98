import { describe, expect, it } from 'vitest';
import { instanceTypeInfo } from '../../../data/instance-types.js';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { maxPodsAboveIpCapacity as rule, podAddressesPerNode } from './max-pods-above-ip-capacity.js';

const found = (body: string) =>
  runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['instanceType'], f.params?.['addresses']]);
const PD = 'addons:\n  - name: vpc-cni\n    configurationValues: \'{"env":{"ENABLE_PREFIX_DELEGATION":"true"}}\'\n';

describe(rule.id, () => {
  it('counts pod addresses per node from ENIs, and /28 prefixes with prefix delegation', () => {
    const t3 = instanceTypeInfo('t3.medium')!;
    expect(podAddressesPerNode(t3, false)).toBe(17); // 3 ENIs x (6 - 1) + 2
    expect(podAddressesPerNode(t3, true)).toBe(242); // 3 x 5 x 16 + 2
  });

  it('warns when maxPodsPerNode exceeds the addresses of the tightest type, managed or self-managed', () => {
    expect(
      found(
        'managedNodeGroups:\n  - name: m\n    instanceType: t3.medium\n    maxPodsPerNode: 110\n' +
          'nodeGroups:\n  - name: s\n    instancesDistribution:\n      instanceTypes: [m6i.xlarge, m6i.large]\n    maxPodsPerNode: 40\n',
      ),
    ).toEqual([
      ['managedNodeGroups[0].maxPodsPerNode', 't3.medium', 17],
      ['nodeGroups[0].maxPodsPerNode', 'm6i.large', 29],
    ]);
  });

  it("reads a self-managed group's kubeletExtraConfig.maxPods when maxPodsPerNode is not set", () => {
    expect(
      found(
        'nodeGroups:\n  - name: s\n    instanceType: t3.medium\n    kubeletExtraConfig:\n      maxPods: 110\n' +
          '  - name: br\n    amiFamily: Bottlerocket\n    instanceType: t3.medium\n',
      ),
    ).toEqual([['nodeGroups[0].kubeletExtraConfig.maxPods', 't3.medium', 17]]);
  });

  it('passes what the CNI can address: with prefix delegation, within the ENI limit, IPv6, Windows', () => {
    expect(found(PD + 'managedNodeGroups:\n  - name: m\n    instanceType: t3.medium\n    maxPodsPerNode: 110\n')).toEqual([]);
    expect(found('managedNodeGroups:\n  - name: m\n    instanceType: m6i.large\n    maxPodsPerNode: 29\n')).toEqual([]);
    expect(
      found(
        'kubernetesNetworkConfig:\n  ipFamily: IPv6\nmanagedNodeGroups:\n  - name: m\n    instanceType: t3.medium\n    maxPodsPerNode: 110\n',
      ),
    ).toEqual([]);
    expect(
      found(
        'nodeGroups:\n  - name: w\n    amiFamily: WindowsServer2022CoreContainer\n    instanceType: t3.medium\n    maxPodsPerNode: 110\n',
      ),
    ).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
