import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { nlbViaLbc as rule } from './nlb-via-lbc.js';

describe(rule.id, () => {
  it('flags an NLB in front of a cluster without the controller', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const cluster = b.cluster(vpc);
    const wl = b.workload(b.managedNodeGroup(cluster), { serviceType: 'LoadBalancer' });
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal' } });
    b.connect(nlb, wl);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [nlb.id, cluster.id], params: { loadBalancer: nlb.name, cluster: cluster.name } },
    ]);
  });

  it('passes an NLB in front of a cluster with the controller', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, vpc, workload } = baselineBuilder();
    b.connect(b.add('nlb', { parent: vpc, props: { scheme: 'internal' } }), workload);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
