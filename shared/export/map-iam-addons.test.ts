import { describe, expect, it } from 'vitest';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import type { Design } from '../model/design.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { buildClusterConfig } from './cluster-config.js';
import type { ClusterConfig } from './types.js';

function build(design: Design): ClusterConfig {
  const config = buildClusterConfig(design);
  expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
  return config;
}

function configFor(props: Parameters<DesignBuilder['cluster']>[1]): ClusterConfig {
  const b = new DesignBuilder();
  b.cluster(b.vpc(), props);
  return build(b.build());
}

const allControllers = {
  awsLoadBalancerController: true,
  externalDns: true,
  nodeAutoscaler: 'cluster-autoscaler',
  ebsCsiDriver: true,
  podIdentityAgent: true,
} as const;

describe('add-ons', () => {
  it('lists only the enabled EKS add-ons, in a fixed order', () => {
    const config = configFor({
      addons: { metricsServer: true, ebsCsiDriver: true, podIdentityAgent: true, cloudWatchObservability: true },
    });
    expect(config.addons!.map((a) => a.name)).toEqual([
      'vpc-cni',
      'coredns',
      'kube-proxy',
      'metrics-server',
      'aws-ebs-csi-driver',
      'eks-pod-identity-agent',
      'amazon-cloudwatch-observability',
    ]);
    expect(config.addonsConfig).toBeUndefined();
  });

  it('disables the default add-ons when the design leaves one of them out', () => {
    const config = configFor({ addons: { vpcCni: false } });
    expect(config.addons!.map((a) => a.name)).toEqual(['coredns', 'kube-proxy']);
    expect(config.addonsConfig).toEqual({ disableDefaultAddons: true });
  });

  it("gives the CloudWatch add-on EKS's Pod Identity role with Karpenter, whose node role lacks the agents' policy", () => {
    const cloudWatch = (addons: NonNullable<Parameters<DesignBuilder['cluster']>[1]>['addons']) =>
      configFor({ addons: { cloudWatchObservability: true, ...addons } }).addons!.find(
        (a) => a.name === 'amazon-cloudwatch-observability',
      );
    expect(cloudWatch({ nodeAutoscaler: 'karpenter', podIdentityAgent: true })).toEqual({
      name: 'amazon-cloudwatch-observability',
      useDefaultPodIdentityAssociations: true,
    });
    // Node groups' roles get the policy (withAddonPolicies.cloudWatch); without the agent there is no Pod Identity.
    expect(cloudWatch({ nodeAutoscaler: 'cluster-autoscaler', podIdentityAgent: true })).toEqual({
      name: 'amazon-cloudwatch-observability',
    });
    // Without the agent, an IRSA role with the agents' policy (Karpenter turns OIDC on).
    expect(cloudWatch({ nodeAutoscaler: 'karpenter' })).toEqual({
      name: 'amazon-cloudwatch-observability',
      attachPolicyARNs: ['arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy'],
    });
  });

  it('for IPv6 gives the VPC CNI pod identity when the agent is there, else an OIDC provider', () => {
    const withAgent = configFor({ ipFamily: 'IPv6', addons: { podIdentityAgent: true } });
    expect(withAgent.addons!.find((a) => a.name === 'vpc-cni')).toEqual({
      name: 'vpc-cni',
      useDefaultPodIdentityAssociations: true,
    });
    expect(withAgent.iam).toBeUndefined();
    const withoutAgent = configFor({ ipFamily: 'IPv6' });
    expect(withoutAgent.addons!.find((a) => a.name === 'vpc-cni')).toEqual({ name: 'vpc-cni' });
    expect(withoutAgent.iam).toEqual({ withOIDC: true });
  });
});

describe('controller IAM', () => {
  it('with pod identity: one association per controller, no OIDC provider', () => {
    const config = configFor({ controllerIdentity: 'pod-identity', addons: allControllers });
    expect(config.iam).toEqual({
      podIdentityAssociations: [
        {
          namespace: 'kube-system',
          serviceAccountName: 'aws-load-balancer-controller',
          wellKnownPolicies: { awsLoadBalancerController: true },
        },
        { namespace: 'kube-system', serviceAccountName: 'external-dns', wellKnownPolicies: { externalDNS: true } },
        { namespace: 'kube-system', serviceAccountName: 'cluster-autoscaler', wellKnownPolicies: { autoScaler: true } },
      ],
    });
    // The EBS CSI driver's association goes with its add-on: eksctl creates iam.podIdentityAssociations only
    // after the add-ons, when the controller's Pods already run without it.
    expect(config.addons!.find((a) => a.name === 'aws-ebs-csi-driver')).toEqual({
      name: 'aws-ebs-csi-driver',
      useDefaultPodIdentityAssociations: true,
    });
  });

  it('with IRSA: OIDC, IRSA service accounts, and the EBS CSI role on its add-on', () => {
    const config = configFor({ controllerIdentity: 'irsa', addons: allControllers });
    expect(config.iam).toEqual({
      withOIDC: true,
      serviceAccounts: [
        {
          metadata: { name: 'aws-load-balancer-controller', namespace: 'kube-system' },
          wellKnownPolicies: { awsLoadBalancerController: true },
        },
        { metadata: { name: 'external-dns', namespace: 'kube-system' }, wellKnownPolicies: { externalDNS: true } },
        { metadata: { name: 'cluster-autoscaler', namespace: 'kube-system' }, wellKnownPolicies: { autoScaler: true } },
      ],
    });
    expect(config.addons!.find((a) => a.name === 'aws-ebs-csi-driver')).toEqual({
      name: 'aws-ebs-csi-driver',
      wellKnownPolicies: { ebsCSIController: true },
    });
  });

  it('with IRSA and only the EBS CSI add-on still turns on OIDC', () => {
    expect(configFor({ controllerIdentity: 'irsa', addons: { ebsCsiDriver: true } }).iam).toEqual({ withOIDC: true });
  });

  it('with IRSA turns on OIDC for workloads that call AWS APIs, and not otherwise', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { controllerIdentity: 'irsa' });
    b.workload(cluster, { usesAwsApis: false });
    expect(build(b.build()).iam).toBeUndefined();
    b.workload(b.managedNodeGroup(cluster), { usesAwsApis: true });
    expect(build(b.build()).iam).toEqual({ withOIDC: true });
  });

  it('installs Karpenter with OIDC and tags resources for its discovery, keeping a tag the user set', () => {
    const config = configFor({ addons: { nodeAutoscaler: 'karpenter', karpenterVersion: '1.6.0' } });
    expect(config.karpenter).toEqual({ version: '1.6.0' });
    expect(config.iam).toEqual({ withOIDC: true });
    expect(config.metadata.tags).toEqual({ 'karpenter.sh/discovery': 'demo-1' });
    const own = configFor({ addons: { nodeAutoscaler: 'karpenter' }, tags: { 'karpenter.sh/discovery': 'shared' } });
    expect(own.metadata.tags).toEqual({ 'karpenter.sh/discovery': 'shared' });
  });
});

describe('ExternalDNS and Cloud Map', () => {
  function cloudMapDesign(controllerIdentity: 'irsa' | 'pod-identity', region = 'us-east-1') {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { region, controllerIdentity, addons: { externalDns: true, podIdentityAgent: true } });
    const ng = b.managedNodeGroup(cluster);
    const wl = b.workload(ng);
    b.connect(wl, b.add('cloud-map'));
    return b.build();
  }

  it('gives the external-dns role the Cloud Map policy when a workload registers in Cloud Map', () => {
    const viaPodIdentity = build(cloudMapDesign('pod-identity')).iam!.podIdentityAssociations!;
    expect(viaPodIdentity.find((a) => a.serviceAccountName === 'external-dns')!.permissionPolicyARNs).toEqual([
      'arn:aws:iam::aws:policy/AWSCloudMapFullAccess',
    ]);
    const viaIrsa = build(cloudMapDesign('irsa', 'cn-north-1')).iam!.serviceAccounts!;
    expect(viaIrsa.find((sa) => sa.metadata.name === 'external-dns')!.attachPolicyARNs).toEqual([
      'arn:aws-cn:iam::aws:policy/AWSCloudMapFullAccess',
    ]);
  });

  it('keeps ExternalDNS on Route 53 only when nothing registers in Cloud Map', () => {
    const config = configFor({ addons: { externalDns: true, podIdentityAgent: true } });
    expect(config.iam!.podIdentityAssociations![0]!.permissionPolicyARNs).toBeUndefined();
  });
});
