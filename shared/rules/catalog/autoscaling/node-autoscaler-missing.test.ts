import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { nodeAutoscalerMissing as rule } from './node-autoscaler-missing.js';

describe(rule.id, () => {
  it('flags HPA maximums beyond the node capacity when no node autoscaler runs', () => {
    const { b, cluster, workload } = baselineBuilder();
    cluster.props.addons.nodeAutoscaler = 'none';
    // 3 x m6i.large = 6 vCPU / 24 GiB; 20 pods x 0.5 vCPU / 512 MiB = 10 vCPU / 10 GiB.
    workload.props.hpa = { minReplicas: 3, maxReplicas: 20, targetCpuPercent: 70 };
    workload.props.cpuMillicores = 500;
    workload.props.memoryMiB = 512;
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, workload.id],
        params: { cluster: cluster.name, cpu: 10, memory: 10, nodeCpu: 6, nodeMemory: 24 },
      },
    ]);
  });

  it('passes when an autoscaler runs, when the pods fit, or when they run on Fargate', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const fits = baselineBuilder();
    fits.cluster.props.addons.nodeAutoscaler = 'none';
    expect(runRule(rule, fits.b.build())).toEqual([]);
    const fargate = baselineBuilder();
    fargate.cluster.props.addons.nodeAutoscaler = 'none';
    const fp = fargate.b.fargateProfile(fargate.cluster);
    fargate.b.workload(fp, { cpuMillicores: 4000, hpa: { minReplicas: 1, maxReplicas: 50, targetCpuPercent: 50 } });
    expect(runRule(rule, fargate.b.build())).toEqual([]);
  });

  it("counts a Spot group's nodes as its smallest type (any may launch), an On-Demand group's as its first", () => {
    const hpaBeyondSmallNodes = (capacityType: 'ON_DEMAND' | 'SPOT') => {
      const { b, cluster, nodeGroup, workload } = baselineBuilder();
      cluster.props.addons.nodeAutoscaler = 'none';
      // 3 x m6i.2xlarge = 24 vCPU; 3 x m6i.large = 6 vCPU. 20 pods x 0.5 vCPU = 10 vCPU.
      nodeGroup.props.instanceTypes = ['m6i.2xlarge', 'm6i.large'];
      nodeGroup.props.capacityType = capacityType;
      workload.props.hpa = { minReplicas: 3, maxReplicas: 20, targetCpuPercent: 70 };
      workload.props.cpuMillicores = 500;
      workload.props.memoryMiB = 512;
      return b.build();
    };
    expect(runRule(rule, hpaBeyondSmallNodes('ON_DEMAND'))).toEqual([]);
    expect(runRule(rule, hpaBeyondSmallNodes('SPOT')).map((f) => f.params?.['nodeCpu'])).toEqual([6]);
  });
});
