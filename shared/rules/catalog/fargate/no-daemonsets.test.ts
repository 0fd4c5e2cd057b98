import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { noDaemonSets as rule } from './no-daemonsets.js';

describe(rule.id, () => {
  it('flags a DaemonSet in a Fargate profile and one selected by a profile', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'logging' }] });
    const inside = b.workload(fp, { workloadKind: 'DaemonSet', namespace: 'logging' });
    const selected = b.workload(cluster, { workloadKind: 'DaemonSet', namespace: 'logging' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [inside.id, fp.id], params: { workload: inside.name, profile: fp.name } },
      { partIds: [selected.id, fp.id], params: { workload: selected.name, profile: fp.name } },
    ]);
  });

  it('passes DaemonSets on node groups and Deployments on Fargate', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { workloadKind: 'DaemonSet' });
    b.workload(b.fargateProfile(cluster), { workloadKind: 'Deployment' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
