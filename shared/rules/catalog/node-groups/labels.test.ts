import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { labels as rule } from './labels.js';

describe(rule.id, () => {
  it('flags a reserved prefix, a bad key and a bad value', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), {
      labels: { 'node-role.kubernetes.io/worker': '', 'bad key': 'x', team: 'a b', role: 'web' },
    });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: {
          cluster: 'demo-1',
          path: 'managedNodeGroups[0].labels',
          nodeGroup: ng.name,
          labels: 'node-role.kubernetes.io/worker=, bad key=x, team=a b',
        },
        configPath: 'managedNodeGroups[0].labels',
      },
    ]);
  });

  it('reads the labels of an imported self-managed group', () => {
    const findings = runOnYaml(rule, 'nodeGroups:\n  - name: b\n    labels:\n      kubernetes.io/role: web\n');
    expect(findings.map((f) => [f.configPath, f.params?.['labels']])).toEqual([
      ['nodeGroups[0].labels', 'kubernetes.io/role=web'],
    ]);
  });

  it('passes own prefixes and the labels the kubelet may set', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), {
      labels: { 'example.com/role': 'web', 'node.kubernetes.io/lifecycle': 'spot', 'topology.kubernetes.io/zone': 'us-east-1a' },
    });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
