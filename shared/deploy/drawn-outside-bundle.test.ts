/**
 * What the runbook says about parts and settings eksctl and the manifests do not cover: the drawn AWS resources
 * outside both (API Gateway and its VPC link, ECR repositories, Cloud Map namespaces, hybrid nodes joining with
 * nodeadm), the private-only endpoint of an eksctl fully-private cluster (eksctl turns public access off after
 * creating it: pkg/ctl/create/cluster.go), an existing VPC eksctl does not create, and ExternalDNS publishing
 * the ClusterIP Services registered in Cloud Map (it skips them without --publish-internal-services).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../model/document.js';
import { exportEksctlYaml } from '../export/export-yaml.js';
import type { Design } from '../model/design.js';
import { DesignBuilder, TEST_CONTEXT } from '../rules/test-support/builder.js';
import { deploymentBundle } from './deployment-bundle.js';

function bundle(design: Design) {
  const { yaml } = exportEksctlYaml(design, { ctx: TEST_CONTEXT, force: true });
  const out = deploymentBundle(design, { lang: 'en', clusterYaml: yaml });
  return { ...out, runbook: out.files.find((f) => f.path === 'DEPLOY.md')!.content };
}

function drawn(opts: { fullyPrivate?: boolean; existing?: boolean; usersBehindNlb?: boolean; publicAccess?: boolean } = {}) {
  const b = new DesignBuilder('outside');
  const vpc = b.vpc({ cidr: '10.0.0.0/16', ...(opts.existing ? { existingVpcId: 'vpc-0a1b2c3d4e5f60718' } : {}) });
  for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries())
    b.subnet(
      vpc,
      az,
      `10.0.${64 + i * 32}.0/19`,
      'private',
      opts.existing ? { existingSubnetId: `subnet-0a1b2c3d4e5f6000${i}` } : {},
    );
  const cluster = b.cluster(vpc, {
    fullyPrivate: opts.fullyPrivate ?? false,
    endpointAccess: { public: !opts.fullyPrivate && opts.publicAccess !== false, private: true, publicAccessCidrs: [] },
    addons: { awsLoadBalancerController: true, externalDns: true },
  });
  const ng = b.managedNodeGroup(cluster);
  const api = b.workload(ng, { port: 8080, image: '111122223333.dkr.ecr.us-east-1.amazonaws.com/api:1.0' });
  const users = b.workload(ng, { port: 8080 });
  const nlb = b.add('nlb', { parent: vpc, name: 'api-nlb', props: { scheme: 'internal', targetType: 'ip' } });
  b.connect(nlb, api);
  if (opts.usersBehindNlb) b.connect(nlb, users);
  b.connect(b.add('api-gateway', { name: 'public-api', props: { apiType: 'HTTP' } }), nlb);
  b.connect(b.add('ecr', { name: 'api-repo', props: { repositoryName: 'api' } }), api);
  b.connect(users, b.add('cloud-map', { name: 'sd', props: { namespaceName: 'corp.internal' } }));
  return b.build();
}

describe('the runbook of what the bundle does not create', () => {
  it('lists the API Gateway with its VPC link, the ECR repository and the Cloud Map namespace', () => {
    const { plan, runbook } = bundle(drawn());
    expect(plan.outsideBundle.map((i) => i.en.split(':')[0])).toEqual([
      'API Gateway HTTP API public-api and its VPC link (V2) to api-nlb',
      'ECR repository api',
      'ECR repositories of account 111122223333 (as the images name them)',
      'Cloud Map namespace corp.internal (DNS_PRIVATE)',
    ]);
    expect(runbook).toContain('## Drawn, but not created by this bundle');
  });

  it('names the accounts the images pull from, whose repository policy must let another account pull (s15)', () => {
    const { plan } = bundle(drawn());
    const item = plan.outsideBundle.find((i) => i.en.startsWith('ECR repositories of account'))!;
    expect(item.en).toContain('ECR repositories of account 111122223333 (as the images name them)');
    expect(item.en).toContain('repository policy');
    expect(item.ja).toContain('アカウント 111122223333');
  });

  it('says a fully-private cluster is reached from the VPC only after creation, and that the VPC exists', () => {
    const { plan, runbook } = bundle(drawn({ fullyPrivate: true, existing: true }));
    expect(plan.privateEndpointOnly).toBe(true);
    expect(plan.createsVpc).toBe(false);
    expect(runbook).toContain('run every step after the first from a machine that reaches the VPC');
    expect(runbook).not.toContain('eksctl creates the VPC');
    expect(bundle(drawn()).runbook).toContain('eksctl creates the VPC');
  });

  // Regression (s14-karpenter-irsa-private-endpoint-gp): public access off from the start told the user to run
  // eksctl create cluster anywhere, but eksctl waits for the nodes through the private endpoint (eksctl-rules.md #26).
  it('says a cluster whose public access is off from the start is created from the VPC too', () => {
    const { plan, runbook } = bundle(drawn({ publicAccess: false }));
    expect(plan.privateEndpointOnly).toBe(true);
    expect(plan.privateEndpointFromCreation).toBe(true);
    expect(runbook).toContain('run every step, `eksctl create cluster` included, from a machine that reaches the VPC');
    expect(runbook).not.toContain('every step after the first');
    expect(bundle(drawn({ fullyPrivate: true, existing: true })).plan.privateEndpointFromCreation).toBe(false);
  });

  it('has ExternalDNS publish the ClusterIP Services it registers in Cloud Map', () => {
    const { plan } = bundle(drawn());
    const values = plan.controllers.find((c) => c.id === 'external-dns')!.values as { extraArgs?: string[] };
    expect(values.extraArgs).toContain('--publish-internal-services');
  });

  it('leaves the flag out when every Service it registers is a load balancer', () => {
    const { plan } = bundle(drawn({ usersBehindNlb: true }));
    const values = plan.controllers.find((c) => c.id === 'external-dns')!.values as { extraArgs?: string[] };
    expect(values.extraArgs ?? []).not.toContain('--publish-internal-services');
  });
});

describe('hybrid nodes whose network chose Calico', () => {
  // s16: the on-premises network's CNI was ignored: the bundle installed AWS's Cilium on every hybrid node, beside
  // the Calico the design asks for.
  const load = (name: string) =>
    parseDesignText(readFileSync(new URL(`../rules/fixtures/designs/${name}.eksdesign`, import.meta.url), 'utf8')).design;

  it('installs no Cilium and tells the user to install Calico on them', () => {
    const out = bundle(load('s16-hybrid-calico-direct-connect'));
    expect(out.plan.controllers.map((c) => c.id)).not.toContain('cilium');
    expect(out.runbook).toContain('Calico on the hybrid nodes of dc1: the bundle installs no CNI for them');
    expect(out.runbook).not.toContain('helm/cilium.values.yaml');
  });

  it('still installs Cilium where the network chose it', () => {
    const out = bundle(load('s14-hybrid-remote-pods-alb'));
    expect(out.plan.controllers.map((c) => c.id)).toContain('cilium');
    expect(out.runbook).not.toContain('Calico on the hybrid nodes');
  });
});
