import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { unsupportedCompute as rule } from './unsupported-compute.js';

describe(rule.id, () => {
  it('flags a StatefulSet in a Fargate profile and one a profile selects', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'data' }] });
    const inside = b.workload(fp, { workloadKind: 'StatefulSet', namespace: 'data' });
    const selected = b.workload(cluster, { workloadKind: 'StatefulSet', namespace: 'data' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [inside.id, fp.id], params: { workload: inside.name, profile: fp.name } },
      { partIds: [selected.id, fp.id], params: { workload: selected.name, profile: fp.name } },
    ]);
  });

  it('passes StatefulSets on node groups and Deployments on Fargate', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { workloadKind: 'StatefulSet' });
    b.workload(b.fargateProfile(cluster), { workloadKind: 'Deployment' });
    b.workload(cluster, { workloadKind: 'StatefulSet', namespace: 'other' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
