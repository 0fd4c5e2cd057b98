import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { podIdentityUnsupportedCompute as rule } from './pod-identity-unsupported-compute.js';

describe(rule.id, () => {
  it('flags AWS-calling workloads on Fargate and on Windows nodes', () => {
    const { b, cluster } = baselineBuilder();
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'jobs' }] });
    const onFargate = b.workload(fp, { usesAwsApis: true, namespace: 'jobs' });
    const win = b.managedNodeGroup(cluster, { amiFamily: 'WindowsServer2022CoreContainer' });
    const onWindows = b.workload(win, { usesAwsApis: true });
    b.workload(win);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [onFargate.id, fp.id], params: { pods: onFargate.name, compute: 'Fargate' } },
      { partIds: [onWindows.id, win.id], params: { pods: onWindows.name, compute: 'Windows EC2' } },
    ]);
  });

  it('flags controllers of a Fargate-only cluster', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { controllerIdentity: 'pod-identity', addons: { awsLoadBalancerController: true } });
    const fp = b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, fp.id], params: { pods: 'AWS Load Balancer Controller', compute: 'Fargate' } },
    ]);
  });

  it('flags controllers when a Fargate profile takes all of kube-system, even beside EC2 nodes', () => {
    const { b, cluster } = baselineBuilder();
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-*' }] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, fp.id], params: { pods: 'AWS Load Balancer Controller, Cluster Autoscaler', compute: 'Fargate' } },
    ]);
  });

  it('passes controllers beside EC2 nodes when kube-system is selected only by labels', () => {
    const { b, cluster } = baselineBuilder();
    b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes controllers of a cluster whose Fargate profile hosts only Karpenter: they run on its nodes', () => {
    const b = new DesignBuilder();
    const addons = { awsLoadBalancerController: true, nodeAutoscaler: 'karpenter' } as const;
    const cluster = b.cluster(b.vpc(), { controllerIdentity: 'pod-identity', addons });
    b.fargateProfile(cluster, { selectors: [{ namespace: 'karpenter' }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes the same cluster with IRSA, and the baseline', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { controllerIdentity: 'irsa', addons: { awsLoadBalancerController: true } });
    b.workload(b.fargateProfile(cluster), { usesAwsApis: true });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
