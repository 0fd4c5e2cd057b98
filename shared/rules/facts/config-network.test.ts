import { describe, expect, it } from 'vitest';
import { assumesNoEgress, configEgress, goList, hasAnySubnets, isGoCidr, isIpv6, reusesExistingVpc } from './config-network.js';
import type { EksctlClusterConfig } from '../config-view.js';

const config = (rest: object) => ({ apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', ...rest }) as EksctlClusterConfig;

describe('config facts', () => {
  it('reads internet egress off the config as eksctl builds it', () => {
    const noNat = { nat: { gateway: 'Disable' } };
    const privateGroup = { name: 'a', privateNetworking: true };
    // eksctl's fully-private cluster in the VPC eksctl creates (eksctl: "no outbound internet access").
    expect(configEgress(config({ privateCluster: { enabled: true } }))).toBe('none');
    // In an existing VPC eksctl adds endpoints but removes no route: the subnets may still reach a NAT gateway.
    const existing = { subnets: { private: { 'us-west-2a': { id: 'subnet-0123456789abcdef0' } } } };
    expect(configEgress(config({ privateCluster: { enabled: true }, vpc: existing }))).toBe('unknown');
    expect(configEgress(config({ privateCluster: { enabled: true }, vpc: { id: 'vpc-0123456789abcdef0' } }))).toBe('unknown');
    // A VPC eksctl creates without NAT: cut off when every node group is private; Fargate pods always are.
    expect(configEgress(config({ vpc: noNat, managedNodeGroups: [privateGroup] }))).toBe('none');
    expect(configEgress(config({ vpc: noNat, fargateProfiles: [{ name: 'fp' }] }))).toBe('none');
    expect(configEgress(config({ vpc: noNat, managedNodeGroups: [privateGroup], nodeGroups: [{ name: 'b' }] }))).toBe('open');
    // NAT (eksctl's default), and an existing VPC whose routing the config does not say.
    expect(configEgress(config({ managedNodeGroups: [privateGroup] }))).toBe('open');
    expect(configEgress(config({ vpc: { ...noNat, ...existing }, managedNodeGroups: [privateGroup] }))).toBe('open');
    // The bundle sets the cluster up for no egress wherever there may be none: each such setting works with egress too.
    expect(assumesNoEgress(config({ privateCluster: { enabled: true }, vpc: existing }))).toBe(true);
    expect(assumesNoEgress(config({ privateCluster: { enabled: true } }))).toBe(true);
    expect(assumesNoEgress(config({ managedNodeGroups: [privateGroup] }))).toBe(false);
    expect(reusesExistingVpc(config({ vpc: { id: 'vpc-0123456789abcdef0' } }))).toBe(true);
    expect(reusesExistingVpc(config({ vpc: { cidr: '10.0.0.0/16' } }))).toBe(false);
  });

  it('parses CIDRs as Go net.ParseCIDR does', () => {
    for (const ok of [
      '10.0.0.0/16',
      '10.0.0.1/16',
      '0.0.0.0/0',
      '2600:1f14::/56',
      '::/0',
      '::ffff:10.0.0.1/128',
      '1:2:3:4:5:6:7:8/64',
    ])
      expect([ok, isGoCidr(ok)]).toEqual([ok, true]);
    for (const bad of [
      '10.0.0.0',
      '10.0.0.0/33',
      '10.0.0.256/8',
      '010.0.0.0/8',
      '1::2::3/64',
      '1:2:3:4:5:6:7:8:9/64',
      '2600::/129',
      'abc',
      '',
    ])
      expect([bad, isGoCidr(bad)]).toEqual([bad, false]);
  });

  it('reads ipFamily case-insensitively and subnets of either kind', () => {
    expect(isIpv6(config({ kubernetesNetworkConfig: { ipFamily: 'ipv6' } }))).toBe(true);
    expect(isIpv6(config({ kubernetesNetworkConfig: { ipFamily: 'IPv4' } }))).toBe(false);
    expect(hasAnySubnets(config({ vpc: { subnets: { public: { a: { id: 'subnet-1' } } } } }))).toBe(true);
    expect(hasAnySubnets(config({ vpc: { subnets: { private: {} } } }))).toBe(false);
    expect(goList(['a', 'b'])).toBe('[a b]');
  });
});
