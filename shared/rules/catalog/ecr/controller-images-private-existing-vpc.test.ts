import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { controllerImagesNoEgress } from './controller-images.js';
import { controllerImagesPrivateExistingVpc as rule } from './controller-images-private-existing-vpc.js';

/** A fully-private cluster with the bundle's Helm controllers, in an existing VPC or in the one eksctl builds. */
function privateCluster(existing: boolean) {
  const b = new DesignBuilder();
  const vpc = b.vpc(
    existing ? { existingVpcId: 'vpc-0123456789abcdef0', natGateway: null, internetGateway: false } : { natGateway: 'Disable' },
  );
  if (existing) {
    b.subnet(vpc, 'us-east-1a', '10.0.96.0/19', 'private', { existingSubnetId: 'subnet-0123456789abcdef0' });
    b.subnet(vpc, 'us-east-1b', '10.0.128.0/19', 'private', { existingSubnetId: 'subnet-0123456789abcdef1' });
  }
  const cluster = b.cluster(vpc, {
    fullyPrivate: true,
    endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    addons: { awsLoadBalancerController: true, externalDns: true },
  });
  b.managedNodeGroup(cluster, { privateNetworking: true });
  return { design: b.build(), cluster };
}

describe(rule.id, () => {
  it('warns, instead of asserting there is no egress, of a fully-private cluster in an existing VPC', () => {
    expect(rule.severity).toBe('warning');
    const { design, cluster } = privateCluster(true);
    expect(runRule(rule, design).map((f) => [f.partIds, f.params?.['controllers'], f.params?.['registries']])).toEqual([
      [[cluster.id], 'AWS Load Balancer Controller, ExternalDNS', 'public.ecr.aws, registry.k8s.io'],
    ]);
    // eksctl removes no route from an existing VPC: ecr.controller-images-no-egress does not say there is no egress.
    expect(runRule(controllerImagesNoEgress, design)).toEqual([]);
  });

  it('leaves the VPC eksctl builds to ecr.controller-images-no-egress, and passes a cluster that is not fully private', () => {
    const built = privateCluster(false).design;
    expect(runRule(rule, built)).toEqual([]);
    expect(runRule(controllerImagesNoEgress, built)).toHaveLength(1);
    const sa =
      'iam:\n  withOIDC: true\n  serviceAccounts:\n    - metadata: {name: cluster-autoscaler, namespace: kube-system}\n      wellKnownPolicies: {autoScaler: true}\n';
    const subnets =
      'vpc:\n  subnets:\n    private:\n      us-west-2a: {id: subnet-0123456789abcdef0}\n      us-west-2b: {id: subnet-0123456789abcdef1}\n';
    const group = 'managedNodeGroups:\n  - name: a\n    instanceType: m7i.large\n    privateNetworking: true\n';
    expect(
      runOnYaml(rule, `privateCluster:\n  enabled: true\n${subnets}${sa}${group}`).map((f) => f.params?.['controllers']),
    ).toEqual(['Cluster Autoscaler']);
    expect(runOnYaml(rule, `${subnets}${sa}${group}`)).toEqual([]);
  });
});
