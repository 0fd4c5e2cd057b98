import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { podIdentityAgent as rule } from './pod-identity-agent.js';

describe(rule.id, () => {
  it('flags Pod Identity users in a cluster without the agent', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    cluster.props.addons.podIdentityAgent = false;
    const api = b.workload(nodeGroup, { usesAwsApis: true });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, api.id],
        params: { cluster: cluster.name, users: `AWS Load Balancer Controller, Cluster Autoscaler, ${api.name}` },
      },
    ]);
  });

  it('passes IRSA clusters, clusters with nothing needing a role, and the baseline', () => {
    const irsa = baselineBuilder();
    Object.assign(irsa.cluster.props, { controllerIdentity: 'irsa' });
    irsa.cluster.props.addons.podIdentityAgent = false;
    expect(runRule(rule, irsa.b.build())).toEqual([]);
    const bare = baselineBuilder();
    Object.assign(bare.cluster.props.addons, {
      podIdentityAgent: false,
      awsLoadBalancerController: false,
      nodeAutoscaler: 'karpenter',
    });
    expect(runRule(rule, bare.b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('passes an Auto Mode cluster without node groups: its nodes run the agent, and eksctl exempts Auto Mode (s15)', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), {
      extra: { autoModeConfig: { enabled: true } },
      addons: { podIdentityAgent: false, awsLoadBalancerController: true },
    });
    b.workload(cluster, { usesAwsApis: true });
    expect(runRule(rule, b.build())).toEqual([]);
    // Pods on a node group's nodes get no agent from Auto Mode.
    b.managedNodeGroup(cluster);
    expect(runRule(rule, b.build())).toHaveLength(1);
  });
});
