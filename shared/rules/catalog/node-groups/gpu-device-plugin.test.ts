import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { gpuDevicePlugin as rule } from './gpu-device-plugin.js';

function gpuDesign(nodeGroup: {
  taints?: { key: string; value?: string; effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' }[];
  amiFamily?: 'AmazonLinux2023' | 'Bottlerocket';
  instanceTypes?: string[];
}) {
  const b = new DesignBuilder();
  const cluster = b.cluster(undefined, { region: 'us-east-1', version: '1.35' });
  const ng = b.managedNodeGroup(cluster, {
    instanceTypes: ['g5.xlarge'],
    minSize: 1,
    desiredCapacity: 1,
    maxSize: 2,
    ...nodeGroup,
  });
  const workload = b.workload(ng, { gpus: 1 });
  return { design: b.build(), ng, workload };
}

describe(rule.id, () => {
  it('flags a GPU workload on a group tainted with a key the device plugin does not tolerate', () => {
    const { design, ng, workload } = gpuDesign({ taints: [{ key: 'dedicated', value: 'ml', effect: 'NoSchedule' }] });
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [workload.id, ng.id],
        params: { workload: workload.name, nodeGroup: ng.name, taint: 'dedicated=ml:NoSchedule' },
      },
    ]);
  });

  it('passes the nvidia.com/gpu taint, no taint, a soft taint, Bottlerocket, and groups without NVIDIA types', () => {
    expect(runRule(rule, gpuDesign({ taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }] }).design)).toEqual(
      [],
    );
    expect(runRule(rule, gpuDesign({}).design)).toEqual([]);
    expect(runRule(rule, gpuDesign({ taints: [{ key: 'dedicated', effect: 'PreferNoSchedule' }] }).design)).toEqual([]);
    expect(
      runRule(rule, gpuDesign({ amiFamily: 'Bottlerocket', taints: [{ key: 'dedicated', effect: 'NoSchedule' }] }).design),
    ).toEqual([]);
    expect(
      runRule(rule, gpuDesign({ instanceTypes: ['m6i.large'], taints: [{ key: 'dedicated', effect: 'NoSchedule' }] }).design),
    ).toEqual([]);
  });
});
