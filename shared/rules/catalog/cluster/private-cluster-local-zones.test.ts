import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterLocalZones as rule } from './private-cluster-local-zones.js';

describe(rule.id, () => {
  it('flags localZones in a fully-private cluster', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { fullyPrivate: true, extra: { localZones: ['us-west-2-lax-1a'] } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c.id], params: { cluster: 'demo-1', path: 'localZones' }, configPath: 'localZones' },
    ]);
  });

  it('passes localZones without fully private, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { extra: { localZones: ['us-west-2-lax-1a'] } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
