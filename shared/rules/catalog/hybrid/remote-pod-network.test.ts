import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { remotePodNetwork as rule } from './remote-pod-network.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags a hybrid-only cluster with webhook add-ons and no remote pod network', () => {
    const { b, cluster, network } = hybridDesign({
      cloudNodes: false,
      cluster: { addons: { metricsServer: true, awsLoadBalancerController: true } },
      network: { remotePodCidrs: [] },
    });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [network.id, cluster.id],
        params: { cluster: 'demo-1', network: 'on-prem-network-1', addons: 'metrics-server, aws-load-balancer-controller' },
      },
    ]);
  });

  it("counts Karpenter's EC2 nodes as cloud compute where the webhooks can run", () => {
    const { b } = hybridDesign({
      cloudNodes: false,
      cluster: { addons: { metricsServer: true, nodeAutoscaler: 'karpenter' } },
      network: { remotePodCidrs: [] },
    });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes a remote pod network, cloud nodes, no webhook add-ons and the baseline', () => {
    const addons = { addons: { metricsServer: true } };
    expect(runRule(rule, hybridDesign({ cloudNodes: false, cluster: addons }).b.build())).toEqual([]);
    expect(runRule(rule, hybridDesign({ cluster: addons, network: { remotePodCidrs: [] } }).b.build())).toEqual([]);
    expect(runRule(rule, hybridDesign({ cloudNodes: false, network: { remotePodCidrs: [] } }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
