import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { controllersNoNode as rule } from './controllers-no-node.js';

const CRITICAL = { key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' } as const;

/** A cluster with the AWS Load Balancer Controller and ExternalDNS whose one node group carries `taints`. */
function taintedSystemGroup(
  taints: { key: string; value: string; effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' }[],
  addons = {},
) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), { addons: { awsLoadBalancerController: true, externalDns: true, ...addons } });
  const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], taints });
  return { b, cluster, ng };
}

describe(rule.id, () => {
  // Regression (s14-tainted-groups-only-lbc): CoreDNS tolerates CriticalAddonsOnly, so sd.coredns-no-node was quiet,
  // but the controllers' charts tolerate nothing and helm --wait timed out.
  it('is an error when every running Linux group is tainted and the Helm-installed controllers have no other place', () => {
    const { b, cluster, ng } = taintedSystemGroup([CRITICAL]);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, ng.id],
        params: { cluster: cluster.name, nodeGroups: ng.name, controllers: 'AWS Load Balancer Controller, ExternalDNS' },
      },
    ]);
  });

  it('is quiet with an untainted (or only PreferNoSchedule) Linux group with nodes', () => {
    expect(runRule(rule, taintedSystemGroup([{ key: 'soft', value: '', effect: 'PreferNoSchedule' }]).b.build())).toEqual([]);
    const { b, cluster } = taintedSystemGroup([CRITICAL]);
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('counts neither a Windows group nor a group sized to zero as a place for the controllers', () => {
    const { b, cluster } = taintedSystemGroup([CRITICAL]);
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], amiFamily: 'WindowsServer2022CoreContainer' });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], minSize: 0, desiredCapacity: 0, maxSize: 3 });
    expect(runRule(rule, b.build())).toHaveLength(1);
  });

  it('lets Karpenter or a Fargate profile for kube-system host them', () => {
    expect(runRule(rule, taintedSystemGroup([CRITICAL], { nodeAutoscaler: 'karpenter' }).b.build())).toEqual([]);
    const { b, cluster } = taintedSystemGroup([CRITICAL]);
    b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-system' }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('names only the controllers a Fargate profile with labels does not select', () => {
    const { b, cluster } = taintedSystemGroup([CRITICAL]);
    b.fargateProfile(cluster, {
      selectors: [{ namespace: 'kube-system', labels: { 'app.kubernetes.io/name': 'aws-load-balancer-controller' } }],
    });
    expect(runRule(rule, b.build()).map((f) => f.params?.controllers)).toEqual(['ExternalDNS']);
  });
});
