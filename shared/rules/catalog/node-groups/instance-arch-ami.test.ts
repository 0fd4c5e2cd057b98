import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { instanceArchAmi as rule } from './instance-arch-ami.js';

describe(rule.id, () => {
  it('flags mixed x86_64 and Arm types, and Arm types on Windows', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const mixed = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large', 'm7g.large'] });
    const windows = b.managedNodeGroup(cluster, { instanceTypes: ['c7g.large'], amiFamily: 'WindowsServer2022FullContainer' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [mixed.id],
        params: { nodeGroup: mixed.name, instanceTypes: 'm6i.large, m7g.large', amiFamily: 'AmazonLinux2023' },
      },
      {
        partIds: [windows.id],
        params: { nodeGroup: windows.name, instanceTypes: 'c7g.large', amiFamily: 'WindowsServer2022FullContainer' },
      },
    ]);
  });

  // Regression (issue 12): g5g (Graviton + NVIDIA) is Arm; with g5 in one group it was clean.
  it('flags g5 with g5g, which the family-name guess took for x86_64', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['g5.xlarge', 'g5g.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id], params: { nodeGroup: ng.name, instanceTypes: 'g5.xlarge, g5g.xlarge', amiFamily: 'AmazonLinux2023' } },
    ]);
  });

  it('passes all-Arm groups on AL2023 and Bottlerocket, and x86 on Windows', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['m7g.large', 'r8g.large', 'g5g.xlarge', 'a1.large'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['c7g.large'], amiFamily: 'Bottlerocket' });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], amiFamily: 'WindowsServer2019CoreContainer' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
