import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { albNeedsLbc as rule } from './alb-needs-lbc.js';

describe(rule.id, () => {
  it('flags an ALB in front of a cluster without the controller', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const cluster = b.cluster(vpc);
    const wl = b.workload(b.managedNodeGroup(cluster));
    const alb = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing' } });
    b.connect(alb, wl);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [alb.id, cluster.id], params: { loadBalancer: alb.name, cluster: cluster.name } },
    ]);
  });

  it('passes with the controller or EKS Auto Mode', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const cluster = b.cluster(vpc, { extra: { autoModeConfig: { enabled: true } } });
    const wl = b.workload(cluster);
    b.connect(b.add('alb', { parent: vpc, props: { scheme: 'internet-facing' } }), wl);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
