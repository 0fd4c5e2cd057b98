import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { caMinLtMax as rule } from './ca-min-lt-max.js';

describe(rule.id, () => {
  it('warns when no node group of a Cluster Autoscaler cluster can grow', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    nodeGroup.props.minSize = 3;
    nodeGroup.props.maxSize = 3;
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [nodeGroup.id, cluster.id], params: { nodeGroup: nodeGroup.name, size: 3 }, severity: 'warning' },
    ]);
  });

  it('only informs about a fixed group when another group can grow', () => {
    const { b, cluster } = baselineBuilder();
    const system = b.managedNodeGroup(cluster, { minSize: 2, desiredCapacity: 2, maxSize: 2 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [system.id, cluster.id], params: { nodeGroup: system.name, size: 2 }, severity: 'info' },
    ]);
  });

  it('passes the baseline and fixed groups without Cluster Autoscaler', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.addons.nodeAutoscaler = 'none';
    nodeGroup.props.maxSize = nodeGroup.props.minSize;
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
