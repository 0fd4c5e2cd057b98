import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateEndpoints as rule } from './private-endpoints.js';

describe(rule.id, () => {
  it('flags ECR pulls from a VPC without NAT that lacks ECR endpoints', () => {
    const { b, vpc, workload, nodeGroup } = baselineBuilder();
    vpc.props.natGateway = 'Disable';
    vpc.props.vpcEndpoints = ['ecr.api'];
    b.connect(b.add('ecr'), workload);
    const byUri = b.workload(nodeGroup, { image: '111122223333.dkr.ecr.us-east-1.amazonaws.com/api:1.0' });
    b.workload(nodeGroup, { image: 'public.ecr.aws/nginx/nginx:1.27' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id, workload.id, byUri.id],
        params: { vpc: vpc.name, workloads: `${workload.name}, ${byUri.name}`, missing: 'ecr.dkr, s3' },
      },
    ]);
  });

  it('flags an eksctl-created VPC with NAT disabled', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Disable' });
    const wl = b.workload(b.managedNodeGroup(b.cluster(vpc)));
    b.connect(b.add('ecr'), wl);
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[vpc.id, wl.id]]);
  });

  it('passes with all three endpoints, with a NAT gateway, and the baseline', () => {
    const { b, vpc, workload } = baselineBuilder();
    vpc.props.natGateway = 'Disable';
    vpc.props.vpcEndpoints = ['ecr.api', 'ecr.dkr', 's3'];
    b.connect(b.add('ecr'), workload);
    expect(runRule(rule, b.build())).toEqual([]);
    const eksctlVpc = new DesignBuilder();
    const wl = eksctlVpc.workload(eksctlVpc.managedNodeGroup(eksctlVpc.cluster(eksctlVpc.vpc())));
    eksctlVpc.connect(eksctlVpc.add('ecr'), wl);
    expect(runRule(rule, eksctlVpc.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
