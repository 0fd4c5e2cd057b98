import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { privateSubnetEgress as rule } from './private-subnet-egress.js';

function drawnVpc(opts: { endpoints?: string[]; endpointPublic?: boolean; fullyPrivate?: boolean; existing?: boolean } = {}) {
  const b = new DesignBuilder();
  const existing = opts.existing ?? true;
  const vpc = b.vpc({
    natGateway: 'Disable',
    vpcEndpoints: opts.endpoints ?? ['ecr.api'],
    ...(existing ? { existingVpcId: 'vpc-0a1b2c3d4e5f60718' } : {}),
  });
  const id = (n: number) => (existing ? { existingSubnetId: `subnet-0a1b2c3d4e5f6000${n}` } : {});
  b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public', id(1));
  b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'public', id(2));
  const privA = b.subnet(vpc, 'us-east-1a', '10.0.64.0/19', 'private', id(3));
  const privB = b.subnet(vpc, 'us-east-1b', '10.0.96.0/19', 'private', id(4));
  const cluster = b.cluster(vpc, {
    endpointAccess: { public: opts.endpointPublic ?? true, private: true, publicAccessCidrs: [] },
    fullyPrivate: opts.fullyPrivate ?? false,
  });
  const ng = b.managedNodeGroup(cluster);
  return { b, vpc, privA, privB, ng };
}

describe(rule.id, () => {
  it('flags private node subnets with no NAT gateway and missing endpoints', () => {
    const { b, vpc, privA, privB, ng } = drawnVpc();
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [privA.id, privB.id, vpc.id, ng.id],
        params: { vpc: 'vpc-1', subnets: 'subnet-3, subnet-4', missing: 'ecr.dkr, s3' },
      },
    ]);
  });

  it('flags an eksctl-laid-out VPC whose NAT gateway was turned off', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16', natGateway: 'Disable' });
    const fp = b.fargateProfile(b.cluster(vpc));
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id, fp.id],
        params: { vpc: 'vpc-1', subnets: '10.0.96.0/19, 10.0.128.0/19, 10.0.160.0/19', missing: 'ecr.api, ecr.dkr, s3' },
      },
    ]);
  });

  it('passes an existing VPC whose NAT is unknown, without an internet gateway (egress through another VPC)', () => {
    const { b, vpc } = drawnVpc({ endpoints: [] });
    vpc.props.natGateway = null;
    vpc.props.internetGateway = false;
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes with the endpoints, for fully-private clusters, and the baseline', () => {
    expect(runRule(rule, drawnVpc({ endpoints: ['com.amazonaws.us-east-1.ecr.api', 'ecr.dkr', 's3'] }).b.build())).toEqual([]);
    // An existing VPC known only from its subnets' ids (no vpc.id): its listed endpoints are there too.
    const bySubnetIds = drawnVpc({ endpoints: ['ecr.api', 'ecr.dkr', 's3'] });
    delete bySubnetIds.vpc.props.existingVpcId;
    expect(runRule(rule, bySubnetIds.b.build())).toEqual([]);
    expect(runRule(rule, drawnVpc({ fullyPrivate: true }).b.build())).toEqual([]);
    // A private-only endpoint is not fully private by itself: without NAT the nodes still lack endpoints.
    expect(runRule(rule, drawnVpc({ endpointPublic: false }).b.build())).toHaveLength(1);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('does not count endpoints listed on a VPC eksctl creates: eksctl creates none for it, so its nodes cannot pull images', () => {
    const { b, vpc, privA, privB, ng } = drawnVpc({ endpoints: ['ecr.api', 'ecr.dkr', 's3'], existing: false });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [privA.id, privB.id, vpc.id, ng.id],
        params: { vpc: 'vpc-1', subnets: 'subnet-3, subnet-4', missing: 'ecr.api, ecr.dkr, s3' },
      },
    ]);
  });

  it('passes a fully-private cluster in an existing VPC: eksctl creates its endpoints, or skipEndpointCreation says they exist', () => {
    const yaml = (skip: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: private-existing, region: ap-southeast-2, version: "1.35"}
privateCluster: {enabled: true${skip}}
vpc:
  id: vpc-0e9d8c7b6a5f40312
  subnets:
    private:
      ap-southeast-2a: {id: subnet-0e9d8c7b6a5f40001}
      ap-southeast-2b: {id: subnet-0e9d8c7b6a5f40002}
managedNodeGroups:
  - {name: private-r7i, instanceType: r7i.large, privateNetworking: true}
`;
    for (const skip of ['', ', skipEndpointCreation: true'])
      expect(runRule(rule, importEksctlYaml(yaml(skip)).document.design)).toEqual([]);
  });
});
