import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngSsh as rule } from './ng-ssh.js';

describe(rule.id, () => {
  it('flags two key sources on a self-managed group and SSM turned off', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    ssh:\n      publicKeyName: ops\n      publicKeyPath: ~/.ssh/id_rsa.pub\n' +
      'managedNodeGroups:\n  - name: b\n    ssh:\n      enableSsm: false\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['managedNodeGroups[0].ssh.enableSsm', 'SSM agent is now built into EKS AMIs and cannot be disabled'],
      [
        'nodeGroups[0].ssh.publicKeyPath',
        'only one of publicKeyName, publicKeyPath or publicKey can be specified for SSH per node-group',
      ],
    ]);
  });

  it('passes one key source', () => {
    expect(messagesOnYaml(rule, 'nodeGroups:\n  - name: a\n    ssh:\n      allow: true\n      publicKeyName: ops\n')).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
