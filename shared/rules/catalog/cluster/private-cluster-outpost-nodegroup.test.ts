import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterOutpostNodeGroup as rule } from './private-cluster-outpost-nodegroup.js';

const arn = 'arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0';

describe(rule.id, () => {
  it('flags a self-managed node group on an Outpost when the control plane is not on one', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { fullyPrivate: true });
    const ng = b.selfManagedNodeGroup(c, { privateNetworking: true, extra: { outpostARN: arn } });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: { cluster: 'demo-1', path: 'nodeGroups[0].outpostARN' },
        configPath: 'nodeGroups[0].outpostARN',
      },
    ]);
  });

  it('passes with the control plane on Outposts, without fully private, and the baseline', () => {
    const b = new DesignBuilder();
    const onOutpost = b.cluster(undefined, { fullyPrivate: true, extra: { outpost: { controlPlaneOutpostARN: arn } } });
    b.selfManagedNodeGroup(onOutpost, { privateNetworking: true, extra: { outpostARN: arn } });
    b.selfManagedNodeGroup(b.cluster(undefined), { extra: { outpostARN: arn } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
