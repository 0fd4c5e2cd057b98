import { describe, expect, it } from 'vitest';
import { generateManifests } from '../../../manifests/index.js';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { karpenterSpotInterruption as rule } from './karpenter-spot-interruption.js';

function karpenter(capacityType: 'SPOT' | 'ON_DEMAND', karpenterVersion = '1.9.0', extra?: Record<string, unknown>) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), {
    addons: {
      nodeAutoscaler: 'karpenter',
      karpenterVersion,
      karpenterCapacity: { instanceType: 'm6i.large', capacityType, averageNodes: 2 },
    },
    ...(extra ? { extra } : {}),
  });
  b.managedNodeGroup(cluster);
  return { design: b.build(), cluster };
}

describe(rule.id, () => {
  it('flags Karpenter whose NodePool allows Spot, as the generated NodePool does', () => {
    const { design, cluster } = karpenter('SPOT');
    expect(runRule(rule, design)).toEqual([{ partIds: [cluster.id], params: { cluster: 'demo-1' } }]);
    // The NodePool the app writes for it does allow Spot, and nothing configures an interruption queue.
    const text = JSON.stringify(generateManifests(design));
    expect(text).toContain('"values":["spot","on-demand"]');
    expect(text).not.toContain('interruptionQueue');
  });

  it("still flags it with eksctl's withSpotInterruptionQueue, whose setting Karpenter 0.33 and later do not read", () => {
    const { design } = karpenter('SPOT', '1.9.0', { karpenter: { withSpotInterruptionQueue: true } });
    expect(runRule(rule, design)).toHaveLength(1);
  });

  it('passes an old Karpenter that reads settings.aws.interruptionQueueName when eksctl creates the queue', () => {
    expect(runRule(rule, karpenter('SPOT', 'v0.32.1', { karpenter: { withSpotInterruptionQueue: true } }).design)).toEqual([]);
    expect(runRule(rule, karpenter('SPOT', 'v0.32.1').design)).toHaveLength(1);
  });

  it('passes On-Demand Karpenter and clusters without Karpenter', () => {
    expect(runRule(rule, karpenter('ON_DEMAND').design)).toEqual([]);
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
