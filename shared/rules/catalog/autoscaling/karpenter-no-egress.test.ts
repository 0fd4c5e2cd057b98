import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { KARPENTER_IMAGE_REPOSITORY, karpenterNoEgress as rule } from './karpenter-no-egress.js';

const KARPENTER = 'iam:\n  withOIDC: true\nkarpenter:\n  version: "1.14.1"\n';
const group = (name: string, privateNetworking: boolean) =>
  `  - name: ${name}\n    instanceType: m7i.large\n    privateNetworking: ${privateNetworking}\n`;

describe(rule.id, () => {
  it("flags Karpenter in eksctl's fully-private cluster", () => {
    const yaml = `privateCluster:\n  enabled: true\n${KARPENTER}managedNodeGroups:\n${group('system', true)}`;
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['image']])).toEqual([
      ['karpenter', 'public.ecr.aws/karpenter/controller'],
    ]);
  });

  it('flags an eksctl VPC without NAT whose node groups are all private, not one with a public group or NAT', () => {
    const noNat = 'vpc:\n  nat:\n    gateway: Disable\n';
    expect(runOnYaml(rule, `${noNat}${KARPENTER}managedNodeGroups:\n${group('a', true)}${group('b', true)}`)).toHaveLength(1);
    expect(
      runOnYaml(rule, `${noNat}${KARPENTER}managedNodeGroups:\n${group('a', true)}nodeGroups:\n${group('b', false)}`),
    ).toEqual([]);
    expect(runOnYaml(rule, `${KARPENTER}managedNodeGroups:\n${group('a', true)}`)).toEqual([]);
  });

  it("does not judge an existing VPC's routing, nor a cluster without Karpenter", () => {
    const existing =
      'vpc:\n  id: vpc-0123456789abcdef0\n  nat:\n    gateway: Disable\n  subnets:\n    private:\n      us-west-2a: {id: subnet-0123456789abcdef0}\n      us-west-2b: {id: subnet-0123456789abcdef1}\n';
    expect(runOnYaml(rule, `${existing}${KARPENTER}managedNodeGroups:\n${group('a', true)}`)).toEqual([]);
    expect(runOnYaml(rule, `privateCluster:\n  enabled: true\nmanagedNodeGroups:\n${group('a', true)}`)).toEqual([]);
  });

  it("leaves a fully-private cluster in an existing VPC to as.karpenter-private-existing-vpc: eksctl keeps the subnets' NAT routes", () => {
    const subnets =
      'vpc:\n  subnets:\n    private:\n      us-west-2a: {id: subnet-0123456789abcdef0}\n      us-west-2b: {id: subnet-0123456789abcdef1}\n';
    expect(
      runOnYaml(rule, `privateCluster:\n  enabled: true\n${subnets}${KARPENTER}managedNodeGroups:\n${group('a', true)}`),
    ).toEqual([]);
  });

  it('flags a fully-private cluster drawn on the canvas with Karpenter as its node autoscaler', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Disable', internetGateway: false });
    const cluster = b.cluster(vpc, {
      fullyPrivate: true,
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
      addons: { nodeAutoscaler: 'karpenter' },
    });
    b.managedNodeGroup(cluster, { privateNetworking: true });
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[cluster.id]]);
  });

  it("names the image of the pinned chart's values", () => {
    const values = parse(readFileSync(new URL('../../../deploy/charts/karpenter.values.yaml', import.meta.url), 'utf8')) as {
      controller: { image: { repository: string } };
    };
    expect(values.controller.image.repository).toBe(KARPENTER_IMAGE_REPOSITORY);
  });
});
