import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { acceleratorAmiFamily as rule } from './accelerator-ami-family.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';

describe(rule.id, () => {
  it('flags Inferentia on Ubuntu', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { instanceTypes: ['inf2.xlarge'], amiFamily: 'Ubuntu2204' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: {
          cluster: 'demo-1',
          path: 'managedNodeGroups[0].amiFamily',
          nodeGroup: ng.name,
          instanceType: 'inf2.xlarge',
          amiFamily: 'Ubuntu2204',
        },
        configPath: 'managedNodeGroups[0].amiFamily',
      },
    ]);
  });

  it('reads families only an import carries, and mixed-instances types', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    instanceType: inf2.xlarge\n    amiFamily: Ubuntu2604\n' +
      'nodeGroups:\n  - name: b\n    amiFamily: WindowsServer2025CoreContainer\n    instancesDistribution:\n      instanceTypes: [trn1.2xlarge, m5.large]\n';
    expect(runOnYaml(rule, yaml).map((f) => [f.configPath, f.params?.['instanceType']])).toEqual([
      ['managedNodeGroups[0].amiFamily', 'inf2.xlarge'],
      ['nodeGroups[0].amiFamily', 'trn1.2xlarge'],
    ]);
  });

  it('passes Trainium on AL2023 and Ubuntu on general-purpose types', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { instanceTypes: ['trn1.2xlarge'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], amiFamily: 'Ubuntu2204' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
