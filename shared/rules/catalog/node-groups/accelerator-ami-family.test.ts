import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { acceleratorAmiFamily as rule } from './accelerator-ami-family.js';

describe(rule.id, () => {
  it('flags Inferentia on Ubuntu', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['inf2.xlarge'], amiFamily: 'Ubuntu2204' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id], params: { nodeGroup: ng.name, instanceType: 'inf2.xlarge', amiFamily: 'Ubuntu2204' } },
    ]);
  });

  it('passes Trainium on AL2023 and Ubuntu on general-purpose types', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['trn1.2xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], amiFamily: 'Ubuntu2204' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
