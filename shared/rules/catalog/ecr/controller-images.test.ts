import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { CONTROLLER_IMAGES, controllerImagesNoEgress as rule } from './controller-images.js';

function privateCluster(addons: Record<string, unknown>, instanceType = 'm7i.large') {
  const b = new DesignBuilder();
  const vpc = b.vpc({ natGateway: 'Disable', internetGateway: false });
  const cluster = b.cluster(vpc, {
    fullyPrivate: true,
    endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    addons,
  });
  b.managedNodeGroup(cluster, { privateNetworking: true, instanceTypes: [instanceType] });
  return { design: b.build(), cluster };
}

describe(rule.id, () => {
  it('names the Helm-installed controllers of a fully-private cluster and their registries', () => {
    const { design, cluster } = privateCluster(
      { awsLoadBalancerController: true, nodeAutoscaler: 'cluster-autoscaler', externalDns: true },
      'g6.xlarge',
    );
    expect(runRule(rule, design).map((f) => [f.partIds, f.params])).toEqual([
      [
        [cluster.id],
        {
          cluster: cluster.name,
          controllers: 'AWS Load Balancer Controller, Cluster Autoscaler, ExternalDNS, NVIDIA device plugin',
          registries: 'public.ecr.aws, registry.k8s.io, nvcr.io',
          path: '(top level)',
        },
      ],
    ]);
  });

  it('passes a fully-private cluster whose controllers are all EKS add-ons, and clusters with egress', () => {
    expect(runRule(rule, privateCluster({ ebsCsiDriver: true, metricsServer: true }).design)).toEqual([]);
    const open = baselineBuilder();
    open.cluster.props.addons.awsLoadBalancerController = true;
    expect(runRule(rule, open.b.build())).toEqual([]);
  });

  it('reads an imported eksctl VPC without NAT whose groups are private, not an existing VPC', () => {
    const groups = 'managedNodeGroups:\n  - name: a\n    instanceType: m7i.large\n    privateNetworking: true\n';
    const sa =
      'iam:\n  withOIDC: true\n  serviceAccounts:\n    - metadata: {name: cluster-autoscaler, namespace: kube-system}\n      wellKnownPolicies: {autoScaler: true}\n';
    expect(runOnYaml(rule, `vpc:\n  nat:\n    gateway: Disable\n${sa}${groups}`).map((f) => f.params?.['controllers'])).toEqual([
      'Cluster Autoscaler',
    ]);
    const existing =
      'vpc:\n  id: vpc-0123456789abcdef0\n  subnets:\n    private:\n      us-west-2a: {id: subnet-0123456789abcdef0}\n      us-west-2b: {id: subnet-0123456789abcdef1}\n';
    expect(runOnYaml(rule, `${existing}${sa}${groups}`)).toEqual([]);
  });

  it('leaves out Cilium, which runs on the hybrid nodes and pulls through their own network', () => {
    const hybrid =
      'privateCluster:\n  enabled: true\nremoteNetworkConfig:\n  vpcGatewayID: tgw-0123456789abcdef0\n  remoteNodeNetworks:\n    - cidrs: ["10.80.0.0/16"]\nmanagedNodeGroups:\n  - name: a\n    instanceType: m7i.large\n    privateNetworking: true\n';
    expect(runOnYaml(rule, hybrid)).toEqual([]);
  });

  it("names the images of the pinned charts' values", () => {
    const repository = (chart: string, path: string[]) => {
      let v: unknown = parse(readFileSync(new URL(`../../../deploy/charts/${chart}.values.yaml`, import.meta.url), 'utf8'));
      for (const key of path) v = (v as Record<string, unknown>)[key];
      return v;
    };
    expect(repository('aws-load-balancer-controller', ['image', 'repository'])).toBe(
      CONTROLLER_IMAGES['AWS Load Balancer Controller'],
    );
    expect(repository('cluster-autoscaler', ['image', 'repository'])).toBe(CONTROLLER_IMAGES['Cluster Autoscaler']);
    expect(repository('external-dns', ['image', 'repository'])).toBe(CONTROLLER_IMAGES.ExternalDNS);
    expect(repository('nvidia-device-plugin', ['image', 'repository'])).toBe(CONTROLLER_IMAGES['NVIDIA device plugin']);
  });
});
