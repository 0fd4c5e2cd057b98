import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { gpuOnFargate as rule } from './gpu-on-fargate.js';

describe(rule.id, () => {
  it('flags GPU workloads inside a Fargate profile and selected by one', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'ml' }] });
    const inside = b.workload(fp, { namespace: 'ml', gpus: 1 });
    const selected = b.workload(cluster, { namespace: 'ml', gpus: 2 });
    b.workload(cluster, { namespace: 'other', gpus: 1 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [inside.id, fp.id], params: { workload: inside.name, gpus: 1, profile: fp.name } },
      { partIds: [selected.id, fp.id], params: { workload: selected.name, gpus: 2, profile: fp.name } },
    ]);
  });

  it('passes GPU workloads on node groups and CPU workloads on Fargate', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.workload(b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge'] }), { gpus: 1 });
    b.workload(b.fargateProfile(cluster), { gpus: 0 });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
