import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { endpointAccessValid as rule } from './endpoint-access-valid.js';

describe(rule.id, () => {
  it('flags a cluster with both endpoints off', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { endpointAccess: { public: false, private: false, publicAccessCidrs: [] } });
    b.cluster(undefined, { endpointAccess: { public: false, private: true, publicAccessCidrs: [] } });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [c.id], params: { cluster: 'demo-1' } }]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
