import { describe, expect, it } from 'vitest';
import { instanceCatalog, isMacInstanceType } from '../../../data/ec2/instance-catalog.js';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { findingsFor } from '../../test-support/cluster-config-rule.js';
import { macUnsupported as rule } from './mac-unsupported.js';

describe(rule.id, () => {
  it('flags a managed node group on mac2.metal, at its config path', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['mac2.metal'] });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: {
          cluster: 'demo-1',
          path: 'managedNodeGroups[0].instanceType',
          nodeGroup: ng.name,
          instanceType: 'mac2.metal',
        },
        configPath: 'managedNodeGroups[0].instanceType',
      },
    ]);
  });

  it('flags every Mac family of the catalog, not one name, in managed and self-managed groups', () => {
    const macs = instanceCatalog()
      .filter((t) => isMacInstanceType(t.type))
      .map((t) => t.type);
    expect(macs).toHaveLength(7);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['m7i.large', ...macs.slice(0, 4)] });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['m7i.large', ...macs.slice(4)], capacityType: 'SPOT' });
    const found = runRule(rule, b.build());
    expect(found.map((f) => f.params?.['instanceType'])).toEqual(macs);
    expect(found.map((f) => f.configPath)).toEqual([
      'managedNodeGroups[0].instanceTypes[1]',
      'managedNodeGroups[0].instanceTypes[2]',
      'managedNodeGroups[0].instanceTypes[3]',
      'managedNodeGroups[0].instanceTypes[4]',
      'nodeGroups[0].instancesDistribution.instanceTypes[1]',
      'nodeGroups[0].instancesDistribution.instanceTypes[2]',
      'nodeGroups[0].instancesDistribution.instanceTypes[3]',
    ]);
  });

  it('reads imported fields: a self-managed instanceType, and a Mac type newer than the catalog', () => {
    const paths = findingsFor(
      rule,
      {
        nodeGroups: [
          { name: 'builders', instanceType: 'mac2-m2pro.metal' },
          { name: 'mixed', instanceType: 'mixed', instancesDistribution: { instanceTypes: ['mac3.metal', 'c7i.large'] } },
        ],
      },
      {},
    ).map((f) => f.configPath);
    expect(paths).toEqual(['nodeGroups[0].instanceType', 'nodeGroups[1].instancesDistribution.instanceTypes[0]']);
  });

  it('passes the baseline and metal types of other families', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['m7i.metal-24xl', 'c7g.metal', 'm5.metal'] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
