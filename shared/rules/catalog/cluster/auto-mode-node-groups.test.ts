import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { autoModeNodeGroups as rule } from './auto-mode-node-groups.js';

describe(rule.id, () => {
  it('flags each node group of an Auto Mode cluster, on the node group', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    Object.assign(cluster.props, { extra: { autoModeConfig: { enabled: true } } });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [nodeGroup.id],
        params: { cluster: cluster.name, path: 'managedNodeGroups[0]', nodeGroup: nodeGroup.name },
        configPath: 'managedNodeGroups[0]',
      },
    ]);
  });

  it('passes node groups without Auto Mode (the baseline) and with Auto Mode off', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster } = baselineBuilder();
    Object.assign(cluster.props, { extra: { autoModeConfig: { enabled: false } } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
