import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { messagesOnYaml } from '../../test-support/yaml-rule.js';
import { ngAsgOptions as rule } from './ng-asg-options.js';

describe(rule.id, () => {
  it('flags cpuCredits without t types, an unknown process, a short lifetime and a Docker runtime on 1.35', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    instanceType: m5.large\n    cpuCredits: unlimited\n' +
      '  - name: b\n    asgSuspendProcesses: [Launch, AutoScale]\n' +
      '  - name: c\n    maxInstanceLifetime: 3600\n' +
      '  - name: d\n    amiFamily: AmazonLinux2023\n    containerRuntime: dockerd\n' +
      '  - name: e\n    amiFamily: Ubuntu2204\n    containerRuntime: dockerd\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([
      ['nodeGroups[0].cpuCredits', 'cpuCredits option set for nodegroup, but it has no t2/t3 instance types'],
      ['nodeGroups[1].asgSuspendProcesses[1]', "asgSuspendProcesses contains invalid process name 'AutoScale'"],
      [
        'nodeGroups[2].maxInstanceLifetime',
        'maximum instance lifetime must have a minimum value of 86,400 seconds (one day), but was: 3600',
      ],
      ['nodeGroups[3].containerRuntime', 'only containerd is supported for container runtime on AmazonLinux2023 nodes'],
      ['nodeGroups[4].containerRuntime', 'only containerd is supported for container runtime, starting with EKS version 1.24'],
    ]);
  });

  it('passes t3 credits, known processes, a week of lifetime and containerd', () => {
    const yaml =
      'nodeGroups:\n  - name: a\n    instanceType: t3.large\n    cpuCredits: standard\n    asgSuspendProcesses: [AZRebalance]\n    maxInstanceLifetime: 604800\n    containerRuntime: containerd\n';
    expect(messagesOnYaml(rule, yaml)).toEqual([]);
  });
  it('passes the baseline design', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
