import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { endpointPrivateOnlyEksctl as rule } from './endpoint-private-only-eksctl.js';

function withEndpoints(endpointAccess: { public: boolean; private: boolean }, extra = {}) {
  const { b, cluster } = baselineBuilder();
  cluster.props.endpointAccess = { ...endpointAccess, publicAccessCidrs: [] };
  Object.assign(cluster.props, extra);
  return { cluster, findings: runRule(rule, b.build()) };
}

describe(rule.id, () => {
  it('notes a private-only endpoint, at the field', () => {
    const { cluster, findings } = withEndpoints({ public: false, private: true });
    const path = 'vpc.clusterEndpoints.publicAccess';
    expect(findings).toEqual([{ partIds: ['vpc-1', cluster.id], params: { cluster: cluster.name, path }, configPath: path }]);
  });

  it('passes public endpoints, the baseline and fully-private clusters (eksctl opens their endpoint while it creates them)', () => {
    expect(withEndpoints({ public: true, private: true }).findings).toEqual([]);
    expect(withEndpoints({ public: true, private: false }).findings).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    expect(withEndpoints({ public: false, private: true }, { fullyPrivate: true }).findings).toEqual([]);
  });
});
