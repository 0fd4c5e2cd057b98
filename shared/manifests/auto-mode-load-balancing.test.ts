/**
 * EKS Auto Mode builds load balancers itself, from its own classes: `loadBalancerClass: eks.amazonaws.com/nlb` and
 * an IngressClass whose controller is `eks.amazonaws.com/alb`, which Auto Mode does not create, and takes Ingress
 * groups from IngressClassParams only
 * (https://docs.aws.amazon.com/eks/latest/userguide/auto-configure-alb.html, auto-configure-nlb.html). Without the
 * AWS Load Balancer Controller, `service.k8s.aws/nlb` and an IngressClass `alb` that nothing defines build nothing.
 * Also: host-network pods resolve Services only with `dnsPolicy: ClusterFirstWithHostNet`.
 */
import { describe, expect, it } from 'vitest';
import { validateObjectFor } from '../../test-support/kubernetes-oracles.js';
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
  const api = b.workload(cluster, { port: 8080, namespace: 'api' });
  const tcp = b.workload(cluster, { port: 5000 });
  const alb = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', targetType: 'ip' } });
  b.connect(alb, web);
  b.connect(alb, api);
  b.connect(b.add('nlb', { parent: vpc, props: { scheme: 'internal', targetType: 'ip' } }), tcp);
  const set = generateManifests(b.build());
  const all = set.files.flatMap((f) => f.objects) as Json[];
  return { set, all, tcp, alb };
}

describe('Auto Mode load balancing', () => {
  it("uses Auto Mode's classes and writes the IngressClass it lacks, whose params group the ALB's Ingresses", () => {
    const { set, all, tcp, alb } = autoModeDesign(false);
    const service = all.find((o) => o.kind === 'Service' && o.metadata.name === tcp.name)!;
    expect(service.spec.loadBalancerClass).toBe('eks.amazonaws.com/nlb');
    const ingressClass = all.find((o) => o.kind === 'IngressClass')!;
    const name = ingressClass.metadata.name as string;
    expect(ingressClass.spec).toEqual({
      controller: 'eks.amazonaws.com/alb',
      parameters: { apiGroup: 'eks.amazonaws.com', kind: 'IngressClassParams', name },
    });
    // Auto Mode takes no alb.ingress.kubernetes.io/group.name: the group is the params', or each namespace's
    // Ingress would get an ALB of its own.
    expect(all.find((o) => o.kind === 'IngressClassParams')).toEqual({
      apiVersion: 'eks.amazonaws.com/v1',
      kind: 'IngressClassParams',
      metadata: { name },
      spec: { group: { name }, scheme: alb.props.scheme },
    });
    const ingresses = all.filter((o) => o.kind === 'Ingress');
    expect(ingresses.map((o) => o.metadata.namespace).sort()).toEqual(['api', 'default']);
    for (const ingress of ingresses) {
      expect(ingress.spec.ingressClassName).toBe(name);
      expect(ingress.metadata.annotations).not.toHaveProperty('alb.ingress.kubernetes.io/group.name');
    }
    expect(set.files.map((f) => f.path)).toContain('manifests/00-ingressclass.yaml');
    expect(all.flatMap((o) => validateObjectFor('1.35')(o as never))).toEqual([]);
  });

  it("keeps the controller's classes when the AWS Load Balancer Controller is installed", () => {
    const { all, tcp } = autoModeDesign(true);
    expect(all.find((o) => o.kind === 'Service' && o.metadata.name === tcp.name)!.spec.loadBalancerClass).toBe(
      'service.k8s.aws/nlb',
    );
    expect(all.some((o) => o.kind === 'IngressClass' || o.kind === 'IngressClassParams')).toBe(false);
    const ingresses = all.filter((o) => o.kind === 'Ingress');
    expect(new Set(ingresses.map((o) => o.metadata.annotations['alb.ingress.kubernetes.io/group.name'])).size).toBe(1);
    expect(ingresses.every((o) => o.spec.ingressClassName === 'alb')).toBe(true);
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
