import { describe, expect, it } from 'vitest';
import { buildClusterConfig } from '../../../export/cluster-config.js';
import { generateManifests } from '../../../manifests/index.js';
import type { Design } from '../../../model/design.js';
import type { PartOf } from '../../../model/parts.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
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

function importedWithSpot(karpenterSection: string): Design {
  const { document } = importEksctlYaml(`apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: us-east-1
  version: "1.35"
iam:
  withOIDC: true
accessConfig:
  authenticationMode: API_AND_CONFIG_MAP
karpenter:
${karpenterSection}
managedNodeGroups:
  - name: ng-1
    instanceType: m6i.large
    desiredCapacity: 2
`);
  const cluster = document.design.parts.find((p): p is PartOf<'cluster'> => p.kind === 'cluster')!;
  cluster.props.addons.karpenterCapacity.capacityType = 'SPOT';
  return document.design;
}

describe(rule.id, () => {
  it('passes a drawn Spot Karpenter: the export asks eksctl for the queue the bundle points Karpenter at', () => {
    const { design } = karpenter('SPOT');
    expect(runRule(rule, design)).toEqual([]);
    expect(buildClusterConfig(design).karpenter).toEqual({ version: '1.9.0', withSpotInterruptionQueue: true });
    // The NodePool the app writes for it allows Spot.
    expect(JSON.stringify(generateManifests(design))).toContain('"values":["spot","on-demand"]');
  });

  it('flags a Spot Karpenter whose imported fields turn the queue off, which the export keeps', () => {
    const { design, cluster } = karpenter('SPOT', '1.9.0', { karpenter: { withSpotInterruptionQueue: false } });
    expect(buildClusterConfig(design).karpenter).toEqual({ version: '1.9.0', withSpotInterruptionQueue: false });
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [cluster.id],
        params: { cluster: 'demo-1', path: 'karpenter.withSpotInterruptionQueue', queue: 'demo-1' },
        configPath: 'karpenter.withSpotInterruptionQueue',
      },
    ]);
    // An old Karpenter reads eksctl's setting, but there is no queue to read.
    expect(runRule(rule, karpenter('SPOT', 'v0.32.1', { karpenter: { withSpotInterruptionQueue: false } }).design)).toHaveLength(
      1,
    );
  });

  it('follows an imported file: its false is kept, its silence lets the export ask once the capacity is Spot', () => {
    const declined = importedWithSpot('  version: "1.14.1"\n  withSpotInterruptionQueue: false');
    expect(runRule(rule, declined).map((f) => f.params)).toEqual([
      { cluster: 'shop', path: 'karpenter.withSpotInterruptionQueue', queue: 'shop' },
    ]);
    const silent = importedWithSpot('  version: "1.14.1"');
    expect(runRule(rule, silent)).toEqual([]);
    expect(buildClusterConfig(silent).karpenter).toEqual({ version: '1.14.1', withSpotInterruptionQueue: true });
  });

  it('passes an old Karpenter that reads the name eksctl passes, On-Demand Karpenter and clusters without Karpenter', () => {
    expect(runRule(rule, karpenter('SPOT', 'v0.32.1').design)).toEqual([]);
    expect(runRule(rule, karpenter('ON_DEMAND').design)).toEqual([]);
    expect(runRule(rule, karpenter('ON_DEMAND', '1.9.0', { karpenter: { withSpotInterruptionQueue: false } }).design)).toEqual(
      [],
    );
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
