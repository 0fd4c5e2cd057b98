import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { selfManagedAmiInstanceType as rule } from './self-managed-ami-instance-type.js';

describe(rule.id, () => {
  it('flags an Arm NVIDIA type on AmazonLinux2 and an Arm type on Windows in self-managed groups', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const al2 = b.selfManagedNodeGroup(cluster, { instanceTypes: ['g5g.xlarge'], amiFamily: 'AmazonLinux2' });
    const win = b.selfManagedNodeGroup(cluster, { instanceTypes: ['m7g.large'], amiFamily: 'WindowsServer2022CoreContainer' });
    expect(runRule(rule, b.build()).map((f) => [f.partIds[0], f.params?.instanceType, f.configPath])).toEqual([
      [al2.id, 'g5g.xlarge', 'nodeGroups[0].amiFamily'],
      [win.id, 'm7g.large', 'nodeGroups[1].amiFamily'],
    ]);
  });

  it('picks the GPU type of a mixed list, as eksctl does', () => {
    const b = new DesignBuilder();
    const ng = b.selfManagedNodeGroup(b.cluster(b.vpc()), {
      instanceTypes: ['m6g.large', 'g5g.xlarge'],
      capacityType: 'SPOT',
      amiFamily: 'AmazonLinux2',
    });
    expect(runRule(rule, b.build()).map((f) => [f.partIds[0], f.params?.instanceType])).toEqual([[ng.id, 'g5g.xlarge']]);
  });

  it('passes supported pairs, managed groups (eksctl falls back there) and the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['g5g.xlarge'] });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['g5g.xlarge'], amiFamily: 'Bottlerocket' });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['inf2.xlarge'], amiFamily: 'AmazonLinux2' });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['g4dn.xlarge'], amiFamily: 'WindowsServer2022CoreContainer' });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['m7g.large'], amiFamily: 'Ubuntu2404' });
    b.managedNodeGroup(cluster, { instanceTypes: ['g5g.xlarge'], amiFamily: 'AmazonLinux2' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
