import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { al2AmiEol as rule } from './al2-ami-eol.js';

describe(rule.id, () => {
  it('flags AL2 on 1.33 as an error and on 1.32 as a warning', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const newer = b.managedNodeGroup(b.cluster(vpc, { version: '1.33' }, 'new'), { amiFamily: 'AmazonLinux2' });
    const older = b.selfManagedNodeGroup(b.cluster(vpc, { version: '1.32' }, 'old'), { amiFamily: 'AmazonLinux2' });
    expect(runRule(rule, b.build()).map((f) => [f.partIds, f.params?.['version'], f.severity])).toEqual([
      [[newer.id], '1.33', 'error'],
      [[older.id], '1.32', 'warning'],
    ]);
  });

  it('reads an imported self-managed group, and lets a managed group keep AL2 on its own AMI', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    amiFamily: AmazonLinux2\n' +
      'managedNodeGroups:\n  - name: b\n    amiFamily: AmazonLinux2\n    ami: ami-0123456789abcdef0\n    overrideBootstrapCommand: "#!/bin/bash"\n';
    expect(runOnYaml(rule, yaml).map((f) => f.configPath)).toEqual(['nodeGroups[0].amiFamily']);
  });

  it('passes AL2023 and Bottlerocket', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { amiFamily: 'Bottlerocket' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});

describe(`${rule.id} without metadata.version`, () => {
  it('names the version eksctl creates (1.34) instead of words that would stay English in Japanese', () => {
    const yaml =
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: demo, region: us-west-2}\nnodeGroups:\n  - name: old\n    amiFamily: AmazonLinux2\n';
    const found = runRule(rule, importEksctlYaml(yaml).document.design);
    expect(found.map((f) => [f.severity, f.params?.['version']])).toEqual([['error', '1.34']]);
  });
});
