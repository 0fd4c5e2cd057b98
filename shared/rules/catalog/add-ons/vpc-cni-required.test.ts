import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { vpcCniRequired as rule } from './vpc-cni-required.js';

describe(rule.id, () => {
  it('flags compute and Karpenter in a cluster without the VPC CNI', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    Object.assign(cluster.props.addons, { vpcCni: false, nodeAutoscaler: 'karpenter' });
    const fp = b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, nodeGroup.id, fp.id],
        params: { cluster: cluster.name, parts: `${nodeGroup.name}, ${fp.name}, Karpenter` },
      },
    ]);
  });

  it('passes a bare cluster without the VPC CNI, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { addons: { vpcCni: false } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
