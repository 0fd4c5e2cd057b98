/**
 * The AWS Load Balancer Controller without internet egress (an eksctl private cluster, or an eksctl-built VPC
 * without NAT): Shield, WAF and WAFv2 have no VPC endpoints, and AWS asks private clusters to turn them off
 * (https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html). The bundle's values do it, so the
 * rule lb.private-cluster-lbc is an info about what is left (ACM discovery, installing the controller by hand).
 */
import { describe, expect, it } from 'vitest';
import { exportEksctlYaml } from '../export/export-yaml.js';
import type { Design } from '../model/design.js';
import { DesignBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { deploymentBundle } from './deployment-bundle.js';

function lbcDesign(fullyPrivate: boolean, nodeAutoscaler: 'none' | 'karpenter' = 'none'): Design {
  const b = new DesignBuilder(fullyPrivate ? 'private' : 'public');
  const vpc = b.vpc({
    cidr: '10.0.0.0/16',
    natGateway: fullyPrivate ? 'Disable' : 'HighlyAvailable',
    internetGateway: !fullyPrivate,
  });
  for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries()) {
    if (!fullyPrivate) b.subnet(vpc, az, `10.0.${i * 32}.0/19`, 'public');
    b.subnet(vpc, az, `10.0.${96 + i * 32}.0/19`, 'private');
  }
  const cluster = b.cluster(vpc, {
    region: 'us-east-1',
    controllerIdentity: 'irsa',
    fullyPrivate,
    endpointAccess: { public: !fullyPrivate, private: true, publicAccessCidrs: [] },
    addons: { awsLoadBalancerController: true, nodeAutoscaler },
  });
  const web = b.workload(b.managedNodeGroup(cluster));
  b.connect(b.add('alb', { parent: vpc, props: { scheme: 'internal', targetType: 'ip' } }), web);
  return b.build();
}

function lbcValues(design: Design): Record<string, unknown> {
  const { yaml } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
  const { plan } = deploymentBundle(design, { lang: 'en', clusterYaml: yaml });
  return plan.controllers.find((c) => c.id === 'aws-load-balancer-controller')!.values;
}

describe('the AWS Load Balancer Controller without internet egress', () => {
  it('is installed with Shield, WAF and WAFv2 off in a fully private cluster', () => {
    expect(lbcValues(lbcDesign(true))).toMatchObject({ enableShield: false, enableWaf: false, enableWafv2: false });
  });

  it('keeps the chart defaults where the cluster reaches the internet', () => {
    const values = lbcValues(lbcDesign(false));
    expect(values).not.toHaveProperty('enableShield');
    expect(values).not.toHaveProperty('enableWaf');
    expect(values).not.toHaveProperty('enableWafv2');
  });
});

describe('Karpenter without internet egress', () => {
  const karpenterOf = (design: Design) => {
    const { yaml } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    const bundle = deploymentBundle(design, { lang: 'en', clusterYaml: yaml });
    return { yaml, karpenter: bundle.plan.controllers.find((c) => c.id === 'karpenter')!, steps: bundle.plan };
  };

  it('sets settings.isolatedVPC after eksctl installed it (no Price List endpoint), checked by the env var it sets', () => {
    const { yaml, karpenter } = karpenterOf(lbcDesign(true, 'karpenter'));
    expect(karpenter.values['settings']).toEqual({ clusterName: 'demo-1', isolatedVPC: true });
    expect(karpenter.upgradeAfterEksctl).toMatchObject({
      title: { en: 'Tell Karpenter its VPC has no internet egress' },
      set: [{ key: 'settings.isolatedVPC', value: 'true' }],
      env: [{ name: 'ISOLATED_VPC', value: 'true' }],
    });
    // The same for whoever deploys with cluster.yaml alone.
    expect(yaml).toMatch(/# +--reuse-values --set settings\.isolatedVPC=true --wait\n.*\n\s*version:/);
    expect(yaml).toContain('instanceProfile: eksctl-KarpenterNodeInstanceProfile-demo-1');
  });

  it('leaves the chart to eksctl where the cluster reaches the internet', () => {
    const { yaml, karpenter } = karpenterOf(lbcDesign(false, 'karpenter'));
    expect(karpenter.values['settings']).toEqual({ clusterName: 'demo-1' });
    expect(karpenter.upgradeAfterEksctl).toBeUndefined();
    expect(yaml).not.toContain('isolatedVPC');
  });
});

describe('egress as eksctl builds it', () => {
  // eksctl gives every VPC it creates an internet gateway (pkg/cfn/builder/vpc_ipv4.go), whatever the VPC part says:
  // with NAT on, the controllers reach the internet, and the bundle, the export and lb.private-cluster-lbc all say so.
  function drawnWithoutInternetGateway(): Design {
    const b = new DesignBuilder('no-igw');
    const vpc = b.vpc({ cidr: '10.0.0.0/16', natGateway: 'Single', internetGateway: false });
    b.subnet(vpc, 'us-east-1a', '10.0.96.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.128.0/19', 'private');
    const cluster = b.cluster(vpc, {
      region: 'us-east-1',
      controllerIdentity: 'irsa',
      addons: { awsLoadBalancerController: true, nodeAutoscaler: 'karpenter' },
    });
    b.managedNodeGroup(cluster, { privateNetworking: true });
    return b.build();
  }

  it('keeps the defaults of a cluster with NAT in a VPC eksctl creates, drawn without an internet gateway', () => {
    const design = drawnWithoutInternetGateway();
    const { yaml } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    expect(yaml).not.toContain('isolatedVPC');
    const bundle = deploymentBundle(design, { lang: 'en', clusterYaml: yaml });
    expect(bundle.plan.controllers.find((c) => c.id === 'karpenter')!.upgradeAfterEksctl).toBeUndefined();
    expect(lbcValues(design)).not.toHaveProperty('enableShield');
    const nodeClass = bundle.files.find((f) => f.content.includes('kind: EC2NodeClass'))!.content;
    expect(nodeClass).toContain('role: eksctl-KarpenterNodeRole-');
    expect(nodeClass).not.toContain('instanceProfile:');
  });
});

describe('a fully-private cluster in an existing VPC, whose egress eksctl leaves as it is', () => {
  // eksctl adds its endpoints to an existing VPC but removes no route (eksctl "User-supplied VPC and subnets"): the
  // bundle still sets the cluster up for no egress (each setting also works with it), and says it assumes so.
  function privateInExistingVpc(): Design {
    const b = new DesignBuilder('existing');
    const vpc = b.vpc({ cidr: '10.0.0.0/16', existingVpcId: 'vpc-0123456789abcdef0', natGateway: null, internetGateway: false });
    b.subnet(vpc, 'us-east-1a', '10.0.96.0/19', 'private', { existingSubnetId: 'subnet-0123456789abcdef0' });
    b.subnet(vpc, 'us-east-1b', '10.0.128.0/19', 'private', { existingSubnetId: 'subnet-0123456789abcdef1' });
    const cluster = b.cluster(vpc, {
      region: 'us-east-1',
      controllerIdentity: 'irsa',
      fullyPrivate: true,
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
      addons: { awsLoadBalancerController: true, nodeAutoscaler: 'karpenter' },
    });
    b.managedNodeGroup(cluster, { privateNetworking: true });
    return b.build();
  }

  it('keeps isolatedVPC, the instance profile and Shield and WAF off, naming the assumption', () => {
    const design = privateInExistingVpc();
    const { yaml } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
    expect(yaml).toContain('assuming no internet egress');
    expect(yaml).not.toContain('No internet egress:');
    const bundle = deploymentBundle(design, { lang: 'en', clusterYaml: yaml });
    const karpenter = bundle.plan.controllers.find((c) => c.id === 'karpenter')!;
    expect(karpenter.values['settings']).toMatchObject({ isolatedVPC: true });
    expect(karpenter.upgradeAfterEksctl?.title.en).toBe('Tell Karpenter its VPC may have no internet egress');
    expect(karpenter.upgradeAfterEksctl?.explain.en).toContain('this step assumes none');
    expect(lbcValues(design)).toMatchObject({ enableShield: false, enableWaf: false, enableWafv2: false });
  });
});
