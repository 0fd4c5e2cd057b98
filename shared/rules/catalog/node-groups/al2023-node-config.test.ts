import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { al2023NodeConfig as rule, nodeConfigProblem } from './al2023-node-config.js';

const found = (body: string) => runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['tool']]);

describe(rule.id, () => {
  it('reads a NodeConfig, a script, a MIME document and a kindless mapping', () => {
    expect(nodeConfigProblem('apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec: {}\n')).toBeUndefined();
    expect(nodeConfigProblem('#!/bin/bash\n/etc/eks/bootstrap.sh demo\n')).toBe('not-yaml-mapping');
    expect(nodeConfigProblem('MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n\n--B\n')).toBe('not-yaml-mapping');
    expect(nodeConfigProblem('spec:\n  kubelet:\n    config:\n      maxPods: 50\n')).toBe('no-kind');
  });

  it('flags a script on a default (AL2023) managed group and on a self-managed AL2023 custom AMI', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    overrideBootstrapCommand: |\n      #!/bin/bash\n      /etc/eks/bootstrap.sh demo\n' +
      'nodeGroups:\n  - name: b\n    ami: ami-0123456789abcdef0\n    amiFamily: AmazonLinux2023\n    overrideBootstrapCommand: |\n      spec:\n        kubelet: {}\n';
    expect(found(yaml)).toEqual([
      ['managedNodeGroups[0].overrideBootstrapCommand', 'eksctl'],
      ['nodeGroups[0].overrideBootstrapCommand', 'nodeadm'],
    ]);
  });

  it('passes a NodeConfig, and scripts where the family bootstraps with one', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    amiFamily: AmazonLinux2023\n    overrideBootstrapCommand: |\n      apiVersion: node.eks.aws/v1alpha1\n      kind: NodeConfig\n      spec:\n        instance:\n          localStorage:\n            strategy: RAID0\n' +
      'nodeGroups:\n  - name: b\n    ami: ami-0123456789abcdef0\n    amiFamily: Ubuntu2404\n    overrideBootstrapCommand: |\n      #!/bin/bash\n      /etc/eks/bootstrap.sh demo\n';
    expect(found(yaml)).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
