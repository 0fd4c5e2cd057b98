import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { preferPodIdentity as rule } from './prefer-pod-identity.js';

function irsaBaseline() {
  const built = baselineBuilder();
  Object.assign(built.cluster.props, { controllerIdentity: 'irsa' });
  return built;
}

describe(rule.id, () => {
  it('suggests Pod Identity for an IRSA cluster with Linux nodes', () => {
    const { b, cluster } = irsaBaseline();
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id], params: { cluster: cluster.name } }]);
  });

  it('counts Karpenter nodes as Linux nodes where Pod Identity works', () => {
    const b = new DesignBuilder();
    const addons = { awsLoadBalancerController: true, nodeAutoscaler: 'karpenter' } as const;
    const cluster = b.cluster(b.vpc(), { controllerIdentity: 'irsa', addons });
    b.fargateProfile(cluster, { selectors: [{ namespace: 'karpenter' }] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id], params: { cluster: cluster.name } }]);
  });

  it('stays quiet when a Fargate profile takes all of kube-system: the controllers run there, where Pod Identity does not', () => {
    // sec.pod-identity-unsupported-compute asks such a cluster to use IRSA; this rule must not ask it back.
    const { b, cluster } = irsaBaseline();
    b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-system' }] });
    expect(runRule(rule, b.build())).toEqual([]);
    const labelled = irsaBaseline();
    labelled.b.fargateProfile(labelled.cluster, { selectors: [{ namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }] });
    expect(runRule(rule, labelled.b.build())).toHaveLength(1);
  });

  it('stays quiet when a Fargate workload needs IRSA, and for the Pod Identity baseline', () => {
    const { b, cluster } = irsaBaseline();
    b.workload(b.fargateProfile(cluster), { usesAwsApis: true });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
