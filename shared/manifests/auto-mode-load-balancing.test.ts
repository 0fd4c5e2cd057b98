/**
 * EKS Auto Mode builds load balancers itself, from its own classes: `loadBalancerClass: eks.amazonaws.com/nlb` and
 * an IngressClass whose controller is `eks.amazonaws.com/alb`, which Auto Mode does not create
 * (https://docs.aws.amazon.com/eks/latest/userguide/auto-configure-alb.html, auto-configure-nlb.html). Without the
 * AWS Load Balancer Controller, `service.k8s.aws/nlb` and an IngressClass `alb` that nothing defines build nothing.
 * Also: host-network pods resolve Services only with `dnsPolicy: ClusterFirstWithHostNet`.
 */
import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { generateManifests } from './index.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function autoModeDesign(lbc: boolean) {
  const b = new DesignBuilder('auto');
  const vpc = b.vpc({ cidr: '10.0.0.0/16' });
  const cluster = b.cluster(vpc, {
    addons: { vpcCni: false, coreDns: false, kubeProxy: false, awsLoadBalancerController: lbc },
    extra: { autoModeConfig: { enabled: true } },
  });
  const web = b.workload(cluster, { port: 80 });
  const tcp = b.workload(cluster, { port: 5000 });
  b.connect(b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'ip' } }), web);
  b.connect(b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType: 'ip' } }), tcp);
  const set = generateManifests(b.build());
  const all = set.files.flatMap((f) => f.objects) as Json[];
  return { set, all, tcp };
}

describe('Auto Mode load balancing', () => {
  it("uses Auto Mode's classes and writes the IngressClass it lacks", () => {
    const { set, all, tcp } = autoModeDesign(false);
    const service = all.find((o) => o.kind === 'Service' && o.metadata.name === tcp.name)!;
    expect(service.spec.loadBalancerClass).toBe('eks.amazonaws.com/nlb');
    const ingressClass = all.find((o) => o.kind === 'IngressClass')!;
    expect(ingressClass).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'alb' },
      spec: { controller: 'eks.amazonaws.com/alb' },
    });
    expect(all.find((o) => o.kind === 'Ingress')!.spec.ingressClassName).toBe(ingressClass.metadata.name);
    expect(set.files.map((f) => f.path)).toContain('manifests/00-ingressclass.yaml');
  });

  it("keeps the controller's classes when the AWS Load Balancer Controller is installed", () => {
    const { all, tcp } = autoModeDesign(true);
    expect(all.find((o) => o.kind === 'Service' && o.metadata.name === tcp.name)!.spec.loadBalancerClass).toBe(
      'service.k8s.aws/nlb',
    );
    expect(all.some((o) => o.kind === 'IngressClass')).toBe(false);
  });
});

describe('host network', () => {
  it('gives host-network pods the DNS policy that still resolves Services', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc({ cidr: '10.0.0.0/16' }));
    b.workload(b.managedNodeGroup(cluster), { workloadKind: 'DaemonSet', hostNetwork: true, port: 0 });
    const pod = (generateManifests(b.build()).files.flatMap((f) => f.objects) as Json[]).find((o) => o.kind === 'DaemonSet')!.spec
      .template.spec;
    expect(pod.hostNetwork).toBe(true);
    expect(pod.dnsPolicy).toBe('ClusterFirstWithHostNet');
  });
});
