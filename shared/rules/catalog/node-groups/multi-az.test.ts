import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { multiAz as rule } from './multi-az.js';

describe(rule.id, () => {
  it('flags a cluster whose two node groups both use subnets of one AZ', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const a1 = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private');
    const cluster = b.cluster(vpc);
    const ng1 = b.managedNodeGroup(cluster, { subnetIds: [a1.id] });
    const ng2 = b.selfManagedNodeGroup(cluster, { subnetIds: [a1.id] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng1.id, ng2.id, cluster.id], params: { cluster: cluster.name, zone: 'us-east-1a' } },
    ]);
  });

  it('passes node groups over three AZs, one-AZ groups covering two AZs together, and Karpenter clusters', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const a = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    const c = b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private');
    const cluster = b.cluster(vpc);
    b.managedNodeGroup(cluster, { subnetIds: [a.id] });
    b.managedNodeGroup(cluster, { subnetIds: [c.id] });
    const karpenter = b.cluster(vpc, { addons: { nodeAutoscaler: 'karpenter' } }, 'k');
    b.managedNodeGroup(karpenter, { subnetIds: [a.id] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('says nothing when the subnets of an existing VPC are known only by alias or id (their zones are unknown)', () => {
    const aliases =
      'vpc:\n  id: vpc-0123456789abcdef0\n  subnets:\n    private:\n      app-a: { id: subnet-0123456789abcdef0 }\n      app-b: { id: subnet-0123456789abcdef1 }\n' +
      'managedNodeGroups:\n  - name: a\n    privateNetworking: true\n    subnets: [app-a, app-b]\n';
    expect(runOnYaml(rule, aliases)).toEqual([]);
  });
});
