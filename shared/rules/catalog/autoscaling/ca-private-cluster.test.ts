import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { caPrivateCluster as rule } from './ca-private-cluster.js';

describe(rule.id, () => {
  it('flags Cluster Autoscaler in a cluster without NAT and without the STS endpoint', () => {
    const { b, vpc, cluster } = baselineBuilder();
    vpc.props.natGateway = 'Disable';
    vpc.props.vpcEndpoints = ['autoscaling', 'ecr.api'];
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, vpc.id], params: { cluster: cluster.name, vpc: vpc.name, missing: 'sts' } },
    ]);
  });

  it('passes with both endpoints, and the baseline with its NAT gateways', () => {
    const { b, vpc } = baselineBuilder();
    vpc.props.natGateway = 'Disable';
    vpc.props.vpcEndpoints = ['com.amazonaws.us-east-1.sts', 'com.amazonaws.us-east-1.autoscaling'];
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});

describe(`${rule.id} on a fully-private cluster`, () => {
  it('passes, since eksctl creates the STS endpoint and the exporter asks for the autoscaling one', () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.endpointAccess = { public: false, private: true, publicAccessCidrs: [] };
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
