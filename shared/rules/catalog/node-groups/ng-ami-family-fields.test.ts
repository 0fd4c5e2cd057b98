import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngAmiFamilyFields as rule } from './ng-ami-family-fields.js';

describe(rule.id, () => {
  it('flags bootstrap fields on Bottlerocket and Windows, a misplaced bottlerocket block, overlapping settings and kubelet overrides', () => {
    const yaml =
      'managedNodeGroups:\n  - name: a\n    amiFamily: Bottlerocket\n    preBootstrapCommands: ["echo hi"]\n' +
      '  - name: b\n    amiFamily: WindowsServer2022CoreContainer\n    overrideBootstrapCommand: "x"\n' +
      'nodeGroups:\n  - name: c\n    amiFamily: AmazonLinux2023\n    bottlerocket:\n      enableAdminContainer: true\n' +
      '  - name: d\n    amiFamily: Bottlerocket\n    bottlerocket:\n      settings:\n        kubernetes:\n          max-pods: 50\n' +
      '  - name: e\n    amiFamily: WindowsServer2022CoreContainer\n    kubeletExtraConfig:\n      maxPods: 50\n' +
      '  - name: f\n    kubeletExtraConfig:\n      authentication:\n        anonymous:\n          enabled: true\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      [
        'managedNodeGroups[0].preBootstrapCommands',
        'preBootstrapCommands is not supported for Bottlerocket nodegroups (path=managedNodeGroups[0].preBootstrapCommands)',
      ],
      [
        'managedNodeGroups[1].overrideBootstrapCommand',
        'overrideBootstrapCommand is not supported for WindowsServer2022CoreContainer nodegroups (path=managedNodeGroups[1].overrideBootstrapCommand)',
      ],
      [
        'nodeGroups[0].bottlerocket',
        'bottlerocket config can only be used with amiFamily "Bottlerocket" or "BottlerocketFips" but found "AmazonLinux2023" (path=nodeGroups[0].bottlerocket)',
      ],
      [
        'nodeGroups[1].bottlerocket.settings.kubernetes["max-pods"]',
        'invalid Bottlerocket setting: use nodeGroups[1].maxPodsPerNode instead (path=nodeGroups[1].bottlerocket.settings.kubernetes.max-pods)',
      ],
      [
        'nodeGroups[2].kubeletExtraConfig',
        'kubeletExtraConfig is not supported for WindowsServer2022CoreContainer nodegroups (path=nodeGroups[2].kubeletExtraConfig)',
      ],
      [
        'nodeGroups[3].kubeletExtraConfig.authentication',
        'cannot override "authentication" in kubelet config, as it\'s critical to eksctl functionality',
      ],
    ]);
  });

  it('passes Bottlerocket settings of its own and ordinary kubelet settings', () => {
    const yaml =
      'nodeGroups:\n  - name: d\n    amiFamily: Bottlerocket\n    bottlerocket:\n      settings:\n        motd: "hi"\n' +
      '  - name: f\n    kubeletExtraConfig:\n      kubeReserved:\n        cpu: 300m\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
