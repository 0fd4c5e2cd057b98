import { describe, expect, it } from 'vitest';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import type { Design } from '../model/design.js';
import { baselineBuilder, DesignBuilder } from '../rules/test-support/builder.js';
import { buildClusterConfig, buildClusterConfigDetailed } from './cluster-config.js';
import { ExportError } from './errors.js';
import type { ClusterConfig } from './types.js';

/** Builds the config and insists eksctl's schema accepts it, so every mapping test also checks validity. */
function build(design: Design, clusterId?: string): ClusterConfig {
  const config = buildClusterConfig(design, clusterId !== undefined ? { clusterId } : {});
  expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
  return config;
}

describe('choosing the cluster', () => {
  it('refuses a design without a cluster', () => {
    const b = new DesignBuilder();
    b.vpc();
    expect(() => buildClusterConfig(b.build())).toThrow(ExportError);
    expect(() => buildClusterConfig(b.build())).toThrow(/has no EKS cluster/);
  });

  it('asks which cluster when there are several, and exports the chosen one', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.cluster(vpc, {}, 'blue');
    const green = b.cluster(vpc, { region: 'us-east-1' }, 'green');
    const design = b.build();
    expect(() => buildClusterConfig(design)).toThrow(/2 clusters \(cluster-1 \(blue\), cluster-2 \(green\)\); choose/);
    expect(build(design, green.id).metadata.name).toBe('green');
    expect(() => buildClusterConfig(design, { clusterId: 'nope' })).toThrow(/no cluster with id "nope"/);
  });
});

describe('metadata and cluster settings', () => {
  it('writes name, region, version as a string, tags, and only non-default choices', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { region: 'eu-west-1', version: '1.30', tags: { team: 'yes' } }, 'prod');
    const config = build(b.build());
    expect(config.metadata).toEqual({ name: 'prod', region: 'eu-west-1', version: '1.30', tags: { team: 'yes' } });
    expect(config.upgradePolicy).toBeUndefined();
    expect(config.kubernetesNetworkConfig).toBeUndefined();
    expect(config.cloudWatch).toBeUndefined();
    expect(config.secretsEncryption).toBeUndefined();
    expect(config.accessConfig).toEqual({ authenticationMode: 'API' });
  });

  it('writes STANDARD support, the service CIDR, logging in canonical order and the KMS key', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), {
      supportType: 'STANDARD',
      serviceIpv4Cidr: '172.20.0.0/16',
      logging: ['scheduler', 'api'],
      secretsEncryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/abc',
      authenticationMode: 'API_AND_CONFIG_MAP',
    });
    const config = build(b.build());
    expect(config.upgradePolicy).toEqual({ supportType: 'STANDARD' });
    expect(config.kubernetesNetworkConfig).toEqual({ serviceIPv4CIDR: '172.20.0.0/16' });
    expect(config.cloudWatch).toEqual({ clusterLogging: { enableTypes: ['api', 'scheduler'] } });
    expect(config.secretsEncryption).toEqual({ keyARN: 'arn:aws:kms:us-east-1:111122223333:key/abc' });
    expect(config.accessConfig).toEqual({ authenticationMode: 'API_AND_CONFIG_MAP' });
  });

  it('puts keys in eksctl order with apiVersion first', () => {
    const config = build(baselineBuilder().b.build());
    expect(Object.keys(config).slice(0, 3)).toEqual(['apiVersion', 'kind', 'metadata']);
    expect(Object.keys(config.managedNodeGroups![0]!)).toEqual([
      'name',
      'amiFamily',
      'instanceType',
      'desiredCapacity',
      'minSize',
      'maxSize',
      'volumeSize',
      'privateNetworking',
      'propagateASGTags',
      'disableIMDSv1',
    ]);
  });
});

describe('VPC and subnets', () => {
  it('lets eksctl create the drawn subnets of a VPC it builds: their zones, never vpc.subnets', () => {
    const config = build(baselineBuilder().b.build());
    expect(config.vpc!.cidr).toBe('10.0.0.0/16');
    // eksctl reads any vpc.subnets entry as an existing subnet and, without vpc.id, refuses it
    // ("can't describe subnet by CIDR without VPC ID", pkg/vpc/vpc.go describeSubnets).
    expect(config.vpc!.subnets).toBeUndefined();
    expect(config.availabilityZones).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(config.vpc!.nat).toEqual({ gateway: 'HighlyAvailable' });
    expect(config.vpc!.clusterEndpoints).toEqual({ privateAccess: true, publicAccess: true });
    expect(config.vpc!.publicAccessCIDRs).toEqual(['203.0.113.0/24']);
    expect(validateEksctlConfig(config).errors).toEqual([]);
  });

  it('places node groups on subnets eksctl creates by privateNetworking and availabilityZones', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
    const pub = zones.map((az, i) => b.subnet(vpc, az, `10.0.${i * 32}.0/19`, 'public'));
    const priv = zones.map((az, i) => b.subnet(vpc, az, `10.0.${96 + i * 32}.0/19`, 'private'));
    const cluster = b.cluster(vpc);
    // Drawn on two private subnets but saved with privateNetworking off: the subnets say where it goes.
    b.managedNodeGroup(cluster, { subnetIds: [priv[1]!.id, priv[0]!.id], privateNetworking: false });
    b.managedNodeGroup(cluster, { subnetIds: pub.map((s) => s.id), privateNetworking: false });
    const [twoZones, edge] = build(b.build()).managedNodeGroups!;
    expect(twoZones).toMatchObject({ privateNetworking: true, availabilityZones: ['us-east-1a', 'us-east-1b'] });
    expect(twoZones!.subnets).toBeUndefined();
    expect(edge).toMatchObject({ privateNetworking: false });
    expect(edge!.availabilityZones).toBeUndefined();
    expect(edge!.subnets).toBeUndefined();
  });

  it('says above vpc: which CIDRs eksctl gives its subnets, in English and Japanese', () => {
    const built = buildClusterConfigDetailed(baselineBuilder().b.build());
    const note = built.notes.find((n) => n.path.length === 1 && n.path[0] === 'vpc');
    expect(note?.text).toContain('us-east-1b: public 10.0.32.0/19, private 10.0.128.0/19');
    expect(note?.ja).toContain('us-east-1b: パブリック 10.0.32.0/19、プライベート 10.0.128.0/19');
  });

  it('lets eksctl lay out a VPC without subnet parts in zones it picks: no invented availabilityZones', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ cidr: '10.9.0.0/16', azCount: 2, natGateway: 'Single' }), { region: 'ap-northeast-1' });
    const config = build(b.build());
    expect(config.vpc).toMatchObject({ cidr: '10.9.0.0/16', nat: { gateway: 'Single' } });
    expect(config.vpc!.subnets).toBeUndefined();
    // ap-northeast-1b is closed to most accounts; us-east-1's a/b/c may map to use1-az3, which EKS refuses.
    expect(config.availabilityZones).toBeUndefined();
  });

  it('writes the availabilityZones the user picked for a VPC eksctl lays out', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ cidr: '10.9.0.0/16', availabilityZones: ['ap-northeast-1a', 'ap-northeast-1d'] }), {
      region: 'ap-northeast-1',
    });
    expect(build(b.build()).availabilityZones).toEqual(['ap-northeast-1a', 'ap-northeast-1d']);
  });

  it("uses eksctl's default VPC for a cluster outside any VPC part", () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { endpointAccess: { public: true, private: false, publicAccessCidrs: [] } });
    const config = build(b.build());
    expect(config.vpc).toEqual({ clusterEndpoints: { privateAccess: false, publicAccess: true } });
    expect(config.availabilityZones).toBeUndefined();
  });

  it('reuses an existing VPC and subnets by id, and node groups name them by id', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0abc' });
    const s1 = b.subnet(vpc, 'us-east-1a', '10.0.96.0/19', 'private', { existingSubnetId: 'subnet-0aaa' });
    b.subnet(vpc, 'us-east-1b', '10.0.128.0/19', 'private', { existingSubnetId: 'subnet-0bbb' });
    const cluster = b.cluster(vpc);
    b.managedNodeGroup(cluster, { subnetIds: [s1.id] });
    const config = build(b.build());
    expect(config.vpc!.id).toBe('vpc-0abc');
    expect(config.vpc!.nat).toBeUndefined();
    expect(config.vpc!.subnets!.private!['us-east-1a']).toEqual({ id: 'subnet-0aaa', az: 'us-east-1a', cidr: '10.0.96.0/19' });
    expect(config.managedNodeGroups![0]!.subnets).toEqual(['subnet-0aaa']);
  });

  it('keys existing subnets by name where two share an AZ, and node groups name them by id', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0abc' });
    const a1 = b.add('subnet', {
      parent: vpc,
      name: 'app-a',
      props: { availabilityZone: 'us-east-1a', cidr: '10.0.0.0/19', access: 'private', existingSubnetId: 'subnet-0aaa' },
    });
    const a2 = b.add('subnet', {
      parent: vpc,
      name: 'db-a',
      props: { availabilityZone: 'us-east-1a', cidr: '10.0.32.0/19', access: 'private', existingSubnetId: 'subnet-0bbb' },
    });
    // Named like the AZ of the first two: it must not steal the AZ key of the lone us-east-1b subnet.
    const bb = b.add('subnet', {
      parent: vpc,
      name: 'us-east-1b',
      props: { availabilityZone: 'us-east-1b', cidr: '10.0.64.0/19', access: 'private', existingSubnetId: 'subnet-0ccc' },
    });
    const cluster = b.cluster(vpc);
    b.managedNodeGroup(cluster, { subnetIds: [a2.id, bb.id, a1.id] });
    const config = build(b.build());
    expect(config.vpc!.subnets!.private).toEqual({
      'app-a': { id: 'subnet-0aaa', az: 'us-east-1a', cidr: '10.0.0.0/19' },
      'db-a': { id: 'subnet-0bbb', az: 'us-east-1a', cidr: '10.0.32.0/19' },
      'us-east-1b': { id: 'subnet-0ccc', az: 'us-east-1b', cidr: '10.0.64.0/19' },
    });
    expect(config.managedNodeGroups![0]!.subnets).toEqual(['subnet-0bbb', 'subnet-0ccc', 'subnet-0aaa']);
  });

  it('keeps the NAT gateways of a private-only endpoint, written as clusterEndpoints', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ natGateway: 'HighlyAvailable' }), {
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    });
    const config = build(b.build());
    expect(config.privateCluster).toBeUndefined();
    expect(config.vpc!.clusterEndpoints).toEqual({ privateAccess: true, publicAccess: false });
    expect(config.vpc!.nat).toEqual({ gateway: 'HighlyAvailable' });
  });

  it('writes privateCluster only from the fully-private setting, with the endpoints its controllers need', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ natGateway: 'Disable' }), {
      fullyPrivate: true,
      addons: { nodeAutoscaler: 'cluster-autoscaler', cloudWatchObservability: true },
    });
    const config = build(b.build());
    expect(config.privateCluster).toEqual({ enabled: true, additionalEndpointServices: ['autoscaling', 'logs'] });
    expect(config.vpc!.clusterEndpoints).toBeUndefined();
    expect(config.vpc!.nat).toBeUndefined();
  });

  it('keeps a private-only endpoint with NAT off as endpoints: fully private is not inferred', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ natGateway: 'Disable' }), { endpointAccess: { public: false, private: true, publicAccessCidrs: [] } });
    const config = build(b.build());
    expect(config.privateCluster).toBeUndefined();
    expect(config.vpc!.clusterEndpoints).toEqual({ privateAccess: true, publicAccess: false });
    expect(config.vpc!.nat).toEqual({ gateway: 'Disable' });
  });

  it('keeps an existing VPC with a private-only endpoint as endpoints, not a fully-private cluster', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0abc' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0a' });
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0b' });
    b.cluster(vpc, { endpointAccess: { public: false, private: true, publicAccessCidrs: ['203.0.113.0/24'] } });
    const config = build(b.build());
    expect(config.privateCluster).toBeUndefined();
    expect(config.vpc!.clusterEndpoints).toEqual({ privateAccess: true, publicAccess: false });
    expect(config.vpc!.publicAccessCIDRs).toBeUndefined();
  });

  it('writes IPv6 without NAT', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { ipFamily: 'IPv6' });
    const config = build(b.build());
    expect(config.kubernetesNetworkConfig).toEqual({ ipFamily: 'IPv6' });
    expect(config.vpc!.nat).toBeUndefined();
  });
});

describe('remote networks for hybrid nodes', () => {
  it('joins the on-premises networks connected to the VPC into one remote node and pod network', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.cluster(vpc);
    const dc1 = b.add('on-prem-network', {
      props: {
        remoteNodeCidrs: ['172.16.0.0/18'],
        remotePodCidrs: ['172.16.64.0/18'],
        credentialProvider: 'IRA',
        vpcGatewayId: 'tgw-0123',
      },
    });
    const dc2 = b.add('on-prem-network', { props: { remoteNodeCidrs: ['172.17.0.0/18'], remotePodCidrs: [] } });
    b.add('on-prem-network', { props: { remoteNodeCidrs: ['172.18.0.0/18'] } }); // not connected
    b.connect(dc1, vpc).connect(dc2, vpc);
    const built = buildClusterConfigDetailed(b.build());
    expect(built.notes).toEqual([
      {
        path: ['remoteNetworkConfig', 'iam'],
        text: expect.stringContaining('caBundleCert'),
        ja: expect.stringContaining('caBundleCert'),
      },
    ]);
    const config = build(b.build());
    expect(config.remoteNetworkConfig).toEqual({
      iam: { provider: 'IRA' },
      vpcGatewayID: 'tgw-0123',
      remoteNodeNetworks: [{ cidrs: ['172.16.0.0/18', '172.17.0.0/18'] }],
      remotePodNetworks: [{ cidrs: ['172.16.64.0/18'] }],
    });
  });

  it('leaves vpcGatewayID out when no gateway is set (eksctl treats it as optional)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.cluster(vpc);
    b.connect(b.add('on-prem-network', { props: { remotePodCidrs: [] } }), vpc);
    expect(build(b.build()).remoteNetworkConfig).toEqual({
      iam: { provider: 'SSM' },
      remoteNodeNetworks: [{ cidrs: ['172.16.0.0/18'] }],
    });
    expect(buildClusterConfigDetailed(b.build()).notes).toEqual([]);
  });
});
