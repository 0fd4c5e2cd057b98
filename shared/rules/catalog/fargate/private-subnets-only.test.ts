import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { privateSubnetsOnly as rule } from './private-subnets-only.js';

describe(rule.id, () => {
  it('flags a Fargate profile given a public subnet', () => {
    const { b, cluster, privateSubnets, publicSubnets } = baselineBuilder();
    const fp = b.fargateProfile(cluster, { subnetIds: [privateSubnets[0]!.id, publicSubnets[2]!.id] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [fp.id, publicSubnets[2]!.id], params: { profile: fp.name, subnets: publicSubnets[2]!.name } },
    ]);
  });

  it('passes explicit private subnets and the default (the cluster’s private subnets)', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, privateSubnets } = baselineBuilder();
    b.fargateProfile(cluster, { subnetIds: privateSubnets.map((s) => s.id) });
    b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
