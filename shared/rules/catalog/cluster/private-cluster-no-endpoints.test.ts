import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterNoEndpoints as rule } from './private-cluster-no-endpoints.js';

describe(rule.id, () => {
  it('flags vpc.clusterEndpoints carried into a fully-private cluster', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { clusterEndpoints: { privateAccess: true } } });
    b.cluster(vpc, { fullyPrivate: true });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id], params: { cluster: 'demo-1', path: 'vpc.clusterEndpoints' }, configPath: 'vpc.clusterEndpoints' },
    ]);
  });

  it('passes the export of a fully-private cluster (no clusterEndpoints, even with a public endpoint drawn), an empty block, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { fullyPrivate: true, endpointAccess: { public: true, private: false, publicAccessCidrs: [] } });
    b.cluster(b.vpc({ extra: { clusterEndpoints: {} } }), { fullyPrivate: true });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
