import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { karpenterPrivateExistingVpc as rule } from './karpenter-private-existing-vpc.js';

const KARPENTER = 'iam:\n  withOIDC: true\nkarpenter:\n  version: "1.14.1"\n';
const PRIVATE = 'privateCluster:\n  enabled: true\n';
const SUBNETS =
  'vpc:\n  subnets:\n    private:\n      us-west-2a: {id: subnet-0123456789abcdef0}\n      us-west-2b: {id: subnet-0123456789abcdef1}\n';
const GROUP = 'managedNodeGroups:\n  - name: a\n    instanceType: m7i.large\n    privateNetworking: true\n';

describe(rule.id, () => {
  it('warns of Karpenter in a fully-private cluster in existing subnets or an existing VPC id', () => {
    expect(rule.severity).toBe('warning');
    expect(runOnYaml(rule, `${PRIVATE}${SUBNETS}${KARPENTER}${GROUP}`).map((f) => [f.configPath, f.params?.['image']])).toEqual([
      ['karpenter', 'public.ecr.aws/karpenter/controller'],
    ]);
  });

  it("passes the VPC eksctl creates (as.karpenter-no-egress's error), an existing VPC not fully private, no Karpenter", () => {
    expect(runOnYaml(rule, `${PRIVATE}${KARPENTER}${GROUP}`)).toEqual([]);
    expect(runOnYaml(rule, `${SUBNETS}${KARPENTER}${GROUP}`)).toEqual([]);
    expect(runOnYaml(rule, `${PRIVATE}${SUBNETS}${GROUP}`)).toEqual([]);
  });

  it('warns of a fully-private cluster drawn in an existing VPC with Karpenter', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0', natGateway: null, internetGateway: false });
    b.subnet(vpc, 'us-west-2a', '10.0.1.0/24', 'private', { existingSubnetId: 'subnet-0123456789abcdef0' });
    b.subnet(vpc, 'us-west-2b', '10.0.2.0/24', 'private', { existingSubnetId: 'subnet-0123456789abcdef1' });
    const cluster = b.cluster(vpc, {
      fullyPrivate: true,
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
      addons: { nodeAutoscaler: 'karpenter' },
    });
    b.managedNodeGroup(cluster, { privateNetworking: true });
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[cluster.id]]);
  });
});
