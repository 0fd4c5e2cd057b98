import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { gpuUbuntuDrivers as rule } from './gpu-ubuntu-drivers.js';

describe(rule.id, () => {
  it('warns about NVIDIA types on Ubuntu, as eksctl does', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large', 'g6e.xlarge'], amiFamily: 'Ubuntu2404' });
    expect(rule.severity).toBe('warning');
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: 'g6e.xlarge', amiFamily: 'Ubuntu2404' } },
    ]);
  });

  it('passes NVIDIA types on AL2023/Bottlerocket, CPU types and AMD GPUs on Ubuntu', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge'], amiFamily: 'Bottlerocket' });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], amiFamily: 'Ubuntu2204' });
    b.managedNodeGroup(cluster, { instanceTypes: ['g4ad.xlarge'], amiFamily: 'Ubuntu2204' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
