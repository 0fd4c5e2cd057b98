import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { cloudmapIam as rule } from './cloudmap-iam.js';

describe(rule.id, () => {
  it.each(['pod-identity', 'irsa'] as const)(
    'flags ExternalDNS feeding Cloud Map with only the Route 53 policy (%s)',
    (identity) => {
      const { b, cluster, workload, nodeGroup } = baselineBuilder();
      cluster.props.addons.externalDns = true;
      cluster.props.controllerIdentity = identity;
      const map = b.add('cloud-map', { props: { namespaceName: 'shop.local' } });
      b.connect(workload, map).connect(b.workload(nodeGroup), map);
      expect(runRule(rule, b.build())).toEqual([
        { partIds: [cluster.id, map.id], params: { cluster: cluster.name, namespaces: 'shop.local' } },
      ]);
    },
  );

  it('leaves clusters without ExternalDNS to sd.cloudmap-needs-controller, and passes the baseline', () => {
    const { b, workload } = baselineBuilder();
    b.connect(workload, b.add('cloud-map'));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
