import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { gpuAmi as rule } from './gpu-ami.js';

describe(rule.id, () => {
  it('is a warning, as in eksctl: the drivers may come from the NVIDIA GPU Operator', () => {
    expect(rule.severity).toBe('warning');
  });

  it('flags GPU instances on Ubuntu and Windows AMIs', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const ubuntu = b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge'], amiFamily: 'Ubuntu2204' });
    const windows = b.managedNodeGroup(cluster, {
      instanceTypes: ['m6i.large', 'p4d.24xlarge'],
      amiFamily: 'WindowsServer2022CoreContainer',
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ubuntu.id], params: { nodeGroup: ubuntu.name, instanceType: 'g5.xlarge', amiFamily: 'Ubuntu2204' } },
      {
        partIds: [windows.id],
        params: { nodeGroup: windows.name, instanceType: 'p4d.24xlarge', amiFamily: 'WindowsServer2022CoreContainer' },
      },
    ]);
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
