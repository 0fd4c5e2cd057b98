import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipTargetNeedsVpcCni as rule } from './ip-target-needs-vpc-cni.js';

describe(rule.id, () => {
  it('flags IP targets on EC2 pods of a cluster without the VPC CNI', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const cluster = b.cluster(vpc, { addons: { vpcCni: false } });
    const wl = b.workload(b.managedNodeGroup(cluster));
    const alb = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'ip' } });
    b.connect(alb, wl);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [alb.id, wl.id, cluster.id], params: { loadBalancer: alb.name, workload: wl.name, cluster: cluster.name } },
    ]);
  });

  it('passes IP targets with the VPC CNI, on Fargate, and instance targets without it', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const cluster = b.cluster(vpc, { addons: { vpcCni: false } });
    const onFargate = b.workload(b.fargateProfile(cluster));
    b.connect(b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'ip' } }), onFargate);
    const onEc2 = b.workload(b.managedNodeGroup(cluster), { serviceType: 'NodePort' });
    b.connect(b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType: 'instance' } }), onEc2);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
