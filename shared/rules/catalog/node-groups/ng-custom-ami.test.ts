import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngCustomAmi as rule } from './ng-custom-ami.js';

describe(rule.id, () => {
  it('flags a custom AMI without family or bootstrap command, and a bootstrap command without custom AMI', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    ami: ami-0123456789abcdef0\n' +
      '  - name: b\n    ami: ami-0123456789abcdef0\n    amiFamily: Ubuntu2204\n' +
      '  - name: c\n    amiFamily: Ubuntu2204\n    overrideBootstrapCommand: "#!/bin/bash"\n' +
      '  - name: d\n    ami: ami-0123456789abcdef0\n    amiFamily: AmazonLinux2023\n    maxPodsPerNode: 20\n' +
      'nodeGroups:\n  - name: e\n    ami: ami-0123456789abcdef0\n    amiFamily: Ubuntu2204\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      [
        'managedNodeGroups[0].ami',
        'when using a custom AMI, amiFamily needs to be explicitly set via config file or via --node-ami-family flag',
      ],
      [
        'managedNodeGroups[1].ami',
        'managedNodeGroups[1].overrideBootstrapCommand is required when using a custom AMI based on Ubuntu2204 (managedNodeGroups[1].ami)',
      ],
      [
        'managedNodeGroups[2].overrideBootstrapCommand',
        'managedNodeGroups[2].overrideBootstrapCommand can only be set when a custom AMI (managedNodeGroups[2].ami) is specified',
      ],
      [
        'managedNodeGroups[3].maxPodsPerNode',
        'managedNodeGroups[3].maxPodsPerNode is not supported when using a custom AMI (managedNodeGroups[3].ami)',
      ],
      [
        'nodeGroups[0].ami',
        'nodeGroups[0].overrideBootstrapCommand is required when using a custom AMI based on Ubuntu2204 (nodeGroups[0].ami)',
      ],
    ]);
  });

  // Found by the seventh pass of unseen configs: a self-managed group with ami: my-golden-ami (an AMI's name, not
  // its id) got no error; eksctl's ResolveAMI refuses it ("invalid AMI value").
  it('flags a self-managed AMI that is neither an id nor a resolver, and passes auto and auto-ssm', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    ami: my-golden-ami\n    amiFamily: AmazonLinux2023\n' +
      '  - name: b\n    ami: auto-ssm\n    amiFamily: AmazonLinux2023\n' +
      '  - name: c\n    ami: auto\n    amiFamily: AmazonLinux2023\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([['nodeGroups[0].ami', 'invalid AMI value: "my-golden-ami"']]);
  });

  it('passes AL2023 and Bottlerocket custom AMIs, and a custom AMI with its bootstrap command', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    ami: ami-0123456789abcdef0\n    amiFamily: AmazonLinux2023\n' +
      '  - name: b\n    ami: ami-0123456789abcdef0\n    amiFamily: Bottlerocket\n' +
      '  - name: c\n    overrideBootstrapCommand: "#!/bin/bash"\n' +
      'nodeGroups:\n  - name: d\n    ami: ami-0123456789abcdef0\n    amiFamily: Ubuntu2204\n    overrideBootstrapCommand: "#!/bin/bash"\n' +
      '  - name: e\n    ami: ami-0123456789abcdef0\n    amiFamily: WindowsServer2022CoreContainer\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
