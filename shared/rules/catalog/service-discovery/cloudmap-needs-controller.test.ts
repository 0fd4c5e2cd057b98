import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { cloudmapNeedsController as rule } from './cloudmap-needs-controller.js';

describe(rule.id, () => {
  it('flags workloads registering in Cloud Map from a cluster without ExternalDNS', () => {
    const { b, cluster, workload, nodeGroup } = baselineBuilder();
    const other = b.workload(nodeGroup);
    const map = b.add('cloud-map');
    b.connect(workload, map).connect(other, map);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, workload.id, other.id, map.id],
        params: { cluster: cluster.name, workloads: `${workload.name}, ${other.name}` },
      },
    ]);
  });

  it('passes with ExternalDNS on, and the baseline', () => {
    const { b, cluster, workload } = baselineBuilder();
    cluster.props.addons.externalDns = true;
    b.connect(workload, b.add('cloud-map'));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
