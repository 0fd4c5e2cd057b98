import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { subnetCountLimit as rule } from './subnet-count-limit.js';

const zones = (n: number) => Array.from({ length: n }, (_, i) => `us-east-1-z${i}`);

describe(rule.id, () => {
  it('flags more than 8 zones (16 subnets) for a VPC eksctl lays out', () => {
    const b = new DesignBuilder();
    const picked = ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `us-east-1${l}`);
    const c = b.cluster(b.vpc({ availabilityZones: picked }), { region: 'us-east-1', extra: { localZones: zones(3) } });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [c.id],
        params: { cluster: 'demo-1', path: 'availabilityZones', zones: 9, requested: 18 },
        configPath: 'availabilityZones',
      },
    ]);
  });

  it('counts at least two zones that eksctl picks itself', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { region: 'us-west-2', extra: { localZones: zones(7) } });
    b.cluster(undefined, { region: 'us-west-2', extra: { localZones: zones(6) } });
    expect(runRule(rule, b.build()).map((f) => [f.configPath, f.params?.['requested']])).toEqual([['localZones', 18]]);
  });

  it('passes 8 zones and the baseline (drawn subnets)', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ azCount: 6 }), { region: 'us-east-1', extra: { localZones: zones(2) } });
    expect(runRule(rule, b.build())).toEqual([]);
    const { b: base } = baselineBuilder();
    expect(runRule(rule, base.build())).toEqual([]);
  });
});
