import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { gpuAmi as rule } from './gpu-ami.js';

describe(rule.id, () => {
  it('flags GPU instances on Windows AMIs', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const windows = b.managedNodeGroup(cluster, {
      instanceTypes: ['m6i.large', 'p4d.24xlarge'],
      amiFamily: 'WindowsServer2022CoreContainer',
    });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [windows.id],
        params: { nodeGroup: windows.name, instanceType: 'p4d.24xlarge', amiFamily: 'WindowsServer2022CoreContainer' },
      },
    ]);
  });

  // Regression (issue 12): eksctl only warns about GPU types on Ubuntu (GPUDriversWarning); the NVIDIA GPU
  // Operator installs the drivers. That is ng.gpu-ubuntu-drivers' warning, not this error.
  it('does not call GPU instances on Ubuntu an error', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge'], amiFamily: 'Ubuntu2204' });
    b.managedNodeGroup(cluster, { instanceTypes: ['g6.xlarge'], amiFamily: 'Ubuntu2404' });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes GPU instances on AL2023 and Bottlerocket, and CPU instances on Ubuntu', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['g6.xlarge'], amiFamily: 'Bottlerocket' });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], amiFamily: 'Ubuntu2404' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
