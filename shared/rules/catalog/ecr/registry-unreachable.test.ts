import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { registryHost, registryUnreachable as rule } from './registry-unreachable.js';

function privateCluster() {
  const built = baselineBuilder();
  built.cluster.props.endpointAccess = { public: false, private: true, publicAccessCidrs: [] };
  built.vpc.props.natGateway = 'Disable';
  return built;
}

describe(rule.id, () => {
  it('flags public and other-Region images in a fully-private cluster', () => {
    const { b, cluster, workload, nodeGroup } = privateCluster();
    const hub = b.workload(nodeGroup, { image: 'redis:7.2' });
    const west = b.workload(nodeGroup, { image: '111122223333.dkr.ecr.us-west-2.amazonaws.com/api:1.0' });
    b.workload(nodeGroup, { image: '111122223333.dkr.ecr.us-east-1.amazonaws.com/api:1.0' });
    const params = (w: { name: string }, image: string, registry: string) => ({
      workload: w.name,
      image,
      registry,
      region: 'us-east-1',
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [workload.id, cluster.id], params: params(workload, 'public.ecr.aws/nginx/nginx:1.27', 'public.ecr.aws') },
      { partIds: [hub.id, cluster.id], params: params(hub, 'redis:7.2', 'docker.io') },
      {
        partIds: [west.id, cluster.id],
        params: params(
          west,
          '111122223333.dkr.ecr.us-west-2.amazonaws.com/api:1.0',
          '111122223333.dkr.ecr.us-west-2.amazonaws.com',
        ),
      },
    ]);
  });

  it('passes workloads drawn from an ECR repository, clusters with egress, and the baseline', () => {
    const { b, workload } = privateCluster();
    b.connect(b.add('ecr'), workload);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('finds the registry host of an image', () => {
    expect(registryHost('nginx')).toBe('docker.io');
    expect(registryHost('library/nginx:1')).toBe('docker.io');
    expect(registryHost('localhost/app')).toBe('localhost');
    expect(registryHost('registry.local:5000/app')).toBe('registry.local:5000');
  });

  it('passes a fully-private cluster in an existing VPC drawn with a NAT gateway: eksctl removes no route there', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0', natGateway: 'Single', internetGateway: true });
    b.subnet(vpc, 'us-east-1a', '10.0.96.0/19', 'private', { existingSubnetId: 'subnet-0123456789abcdef0' });
    const cluster = b.cluster(vpc, {
      fullyPrivate: true,
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    });
    const ng = b.managedNodeGroup(cluster, { privateNetworking: true });
    b.workload(ng, { image: 'redis:7.2' });
    expect(runRule(rule, b.build())).toEqual([]);
    // Drawn without NAT, the VPC says there is no way out.
    vpc.props.natGateway = 'Disable';
    expect(runRule(rule, b.build()).map((f) => f.params?.['registry'])).toEqual(['docker.io']);
  });
});
