import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { endpointPublicOpen as rule } from './endpoint-public-open.js';

describe(rule.id, () => {
  it('flags a public endpoint without CIDR limits or open to 0.0.0.0/0', () => {
    const b = new DesignBuilder();
    const c1 = b.cluster(undefined, { endpointAccess: { public: true, private: false, publicAccessCidrs: [] } });
    const c2 = b.cluster(undefined, {
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24', '0.0.0.0/0'] },
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id], params: { cluster: 'demo-1' } },
      { partIds: [c2.id], params: { cluster: 'demo-2' } },
    ]);
  });

  it('passes a private-only endpoint and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { endpointAccess: { public: false, private: true, publicAccessCidrs: [] } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
