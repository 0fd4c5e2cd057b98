/**
 * Fully private as the cluster's own setting, as the export writes it: privateCluster only from the
 * setting, what eksctl's fully-private VPC does not create left out with a comment saying why, and the
 * VPC endpoints eksctl does not create listed for the user. Regression tests for issue 12's defects.
 */
import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT } from '../model/design.js';
import { parseDesignValue } from '../model/document.js';
import { validateDesign } from '../rules/engine.js';
import { DesignBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { buildClusterConfigDetailed } from './cluster-config.js';
import { exportEksctlYaml } from './export-yaml.js';
import { importEksctlYaml } from '../round-trip/index.js';

function privateDesign() {
  const b = new DesignBuilder();
  const vpc = b.vpc({ cidr: '10.0.0.0/16', natGateway: 'Disable' });
  b.subnet(vpc, 'us-east-1a', '10.0.0.0/20', 'public');
  b.subnet(vpc, 'us-east-1b', '10.0.16.0/20', 'public');
  b.subnet(vpc, 'us-east-1a', '10.0.64.0/19', 'private');
  b.subnet(vpc, 'us-east-1b', '10.0.96.0/19', 'private');
  const cluster = b.cluster(vpc, {
    region: 'us-east-1',
    version: '1.35',
    fullyPrivate: true,
    endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    addons: { awsLoadBalancerController: true, podIdentityAgent: true },
  });
  const ng = b.managedNodeGroup(cluster, { privateNetworking: true });
  const workload = b.workload(ng);
  const alb = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing' } });
  b.connect(alb, workload);
  return { b, vpc, cluster, alb };
}

describe('fully-private export', () => {
  it('leaves out the public subnets eksctl would not create, and says why in a comment', () => {
    const { b } = privateDesign();
    const built = buildClusterConfigDetailed(b.build());
    // eksctl creates the subnets (vpc.subnets would be read as existing ones): the comment says which.
    expect(built.config.vpc!.subnets).toBeUndefined();
    const vpcNotes = built.notes.filter((n) => n.path.join('.') === 'vpc').map((n) => n.text);
    expect(vpcNotes.join('\n')).toMatch(/one private subnet per zone/);
    expect(vpcNotes.join('\n')).toMatch(/private subnets only.*\n.*subnet-1, subnet-2/);
  });

  it('lists the endpoints eksctl does not create, with who needs them, as a YAML comment above privateCluster', () => {
    const { b } = privateDesign();
    const { yaml } = exportEksctlYaml(b.build(), { force: true, ctx: TEST_CONTEXT });
    const comment = yaml.slice(0, yaml.indexOf('privateCluster:')).split('\n').slice(-6).join('\n');
    expect(comment).toMatch(/eksctl creates the VPC endpoints ec2, ecr\.api, ecr\.dkr, s3, sts/);
    expect(comment).toMatch(/com\.amazonaws\.us-east-1\.eks-auth \(EKS Pod Identity Agent\)/);
    expect(comment).toMatch(/com\.amazonaws\.us-east-1\.elasticloadbalancing \(AWS Load Balancer Controller\)/);
  });

  it('refuses the design with errors for the public subnets and the internet-facing ALB, and a warning for the endpoints', () => {
    const { b } = privateDesign();
    const diagnostics = validateDesign(b.build(), TEST_CONTEXT);
    const ids = (severity: string) => [...new Set(diagnostics.filter((d) => d.severity === severity).map((d) => d.ruleId))];
    expect(ids('error')).toEqual(
      expect.arrayContaining(['network.fully-private-vpc-public', 'network.fully-private-internet-lb']),
    );
    expect(ids('warning')).toContain('network.fully-private-endpoints');
    expect(() => exportEksctlYaml(b.build(), { ctx: TEST_CONTEXT })).toThrow();
  });

  it('says in a comment that a hybrid design in an eksctl-built private VPC gets no gateway or routes', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Disable' });
    b.cluster(vpc, { fullyPrivate: true, authenticationMode: 'API' });
    const net = b.add('on-prem-network', {
      props: { remoteNodeCidrs: ['172.16.0.0/18'], vpcGatewayId: 'tgw-0123456789abcdef0' },
    });
    b.connect(net, vpc);
    const design = b.build();
    const built = buildClusterConfigDetailed(design);
    expect(built.notes.find((n) => n.path.join('.') === 'remoteNetworkConfig')?.text).toMatch(/no routes/);
    expect(validateDesign(design, TEST_CONTEXT).map((d) => d.ruleId)).toContain('network.fully-private-vpc-hybrid');
  });

  it('writes no privateCluster for a cluster that is not set fully private, and notes an ignored public endpoint', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ natGateway: 'Disable' }), { fullyPrivate: true });
    const built = buildClusterConfigDetailed(b.build());
    expect(built.config.privateCluster).toEqual({ enabled: true });
    expect(built.config.vpc?.clusterEndpoints).toBeUndefined();
    expect(built.notes.find((n) => n.path.join('.') === 'vpc')).toBeUndefined();
    expect(built.notes.find((n) => n.path.join('.') === 'privateCluster')?.text).toMatch(/public endpoint access/);
  });

  it('says that the NAT setting of an eksctl-built fully-private VPC is not exported', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ natGateway: 'HighlyAvailable' }), { fullyPrivate: true });
    const built = buildClusterConfigDetailed(b.build());
    expect(built.config.vpc?.nat).toBeUndefined();
    expect(built.notes.find((n) => n.path.join('.') === 'vpc')?.text).toMatch(/no NAT gateway.*HighlyAvailable/);
  });

  it('does not ask for additional endpoint services when an import carried skipEndpointCreation', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/20', 'private', { existingSubnetId: 'subnet-0a' });
    b.subnet(vpc, 'us-east-1b', '10.0.16.0/20', 'private', { existingSubnetId: 'subnet-0b' });
    b.cluster(vpc, {
      fullyPrivate: true,
      addons: { nodeAutoscaler: 'cluster-autoscaler' },
      extra: { privateCluster: { skipEndpointCreation: true } },
    });
    const built = buildClusterConfigDetailed(b.build());
    expect(built.config.privateCluster).toEqual({ enabled: true, skipEndpointCreation: true });
    expect(built.notes.find((n) => n.path.join('.') === 'privateCluster')?.text).toMatch(
      /creates no VPC endpoints[\s\S]*autoscaling/,
    );
  });

  it('a design saved by version 1 that was inferred fully private still exports privateCluster (migration)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Disable' });
    const c = b.cluster(vpc, { endpointAccess: { public: false, private: true, publicAccessCidrs: [] } });
    b.managedNodeGroup(c, { privateNetworking: true });
    const design = JSON.parse(JSON.stringify(b.build())) as { parts: { kind: string; props: Record<string, unknown> }[] };
    for (const p of design.parts) if (p.kind === 'cluster') delete p.props['fullyPrivate'];
    const doc = parseDesignValue({ format: DESIGN_FORMAT, schemaVersion: 1, design });
    expect(doc.design.parts.find((p) => p.kind === 'cluster')?.props).toMatchObject({ fullyPrivate: true });
    expect(buildClusterConfigDetailed(doc.design).config.privateCluster).toEqual({ enabled: true });
  });

  it('import sets the setting from privateCluster.enabled, and turning it off drops privateCluster on export', () => {
    const yaml = [
      'apiVersion: eksctl.io/v1alpha5',
      'kind: ClusterConfig',
      'metadata: {name: imported, region: us-west-2, version: "1.35"}',
      'privateCluster: {enabled: true}',
      'managedNodeGroups: [{name: ng-1, instanceType: m6i.large, privateNetworking: true}]',
    ].join('\n');
    const { document } = importEksctlYaml(yaml);
    const cluster = document.design.parts.find((p) => p.kind === 'cluster')!;
    expect(cluster.props).toMatchObject({ fullyPrivate: true });
    expect(buildClusterConfigDetailed(document.design).config.privateCluster).toEqual({ enabled: true });
    (cluster.props as { fullyPrivate: boolean }).fullyPrivate = false;
    expect(buildClusterConfigDetailed(document.design).config.privateCluster).toBeUndefined();
  });
});
