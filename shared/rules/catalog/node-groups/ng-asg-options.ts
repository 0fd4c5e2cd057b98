import { defineConfigRule, type ConfigFinding } from '../../config-rule.js';
import {
  amiFamilyOf,
  arr,
  clusterMinor,
  configNodeGroups,
  EKSCTL_VALIDATION_SOURCE,
  obj,
  num,
  str,
} from './config-node-groups.js';

const SUSPEND_PROCESSES = [
  'Launch',
  'Terminate',
  'AddToLoadBalancer',
  'AlarmNotification',
  'AZRebalance',
  'HealthCheck',
  'InstanceRefresh',
  'ReplaceUnhealthy',
  'ScheduledActions',
];
const ONE_DAY = 86400;

/**
 * eksctl-rules.md #59 (ValidateNodeGroup): options of a self-managed group's Auto Scaling group and nodes:
 * cpuCredits, asgSuspendProcesses, maxInstanceLifetime, containerRuntime.
 */
export const ngAsgOptions = defineConfigRule({
  id: 'eksctl.ng-asg-options',
  severity: 'error',
  area: 'node-groups',
  eksctl: [59],
  source: EKSCTL_VALIDATION_SOURCE,
  text: {
    en: {
      message: 'Self-managed node group {{nodeGroup}} sets {{path}} in a way eksctl refuses ("{{eksctlMessage}}").',
      fix: 'Use cpuCredits (standard or unlimited) only with t-family types, Auto Scaling process names in asgSuspendProcesses, a maxInstanceLifetime of at least 86400 seconds, and containerRuntime: containerd without overrideBootstrapCommand.',
    },
    ja: {
      message:
        'セルフマネージド型ノードグループ {{nodeGroup}} の {{path}} の設定は eksctl に拒否されます (「{{eksctlMessage}}」)。',
      fix: 'cpuCredits (standard または unlimited) は t 系のタイプでのみ使い、asgSuspendProcesses には Auto Scaling のプロセス名を、maxInstanceLifetime には 86400 秒以上を指定し、containerRuntime は containerd にして overrideBootstrapCommand と併用しないでください。',
    },
  },
  needs: ['nodeGroups'],
  checkConfig({ config }) {
    const minor = clusterMinor(config);
    return configNodeGroups(config).flatMap((g): ConfigFinding[] => {
      if (g.managed) return [];
      const ng = g.ng;
      const credits = ng['cpuCredits'];
      if (credits !== undefined && credits !== null) {
        const dist = ng['instancesDistribution'];
        const types = dist !== undefined && dist !== null ? arr(obj(dist)['instanceTypes']) : [ng['instanceType']];
        if (!types.some((t) => typeof t === 'string' && t.startsWith('t')))
          return g.finding(['cpuCredits'], 'cpuCredits option set for nodegroup, but it has no t2/t3 instance types');
        const value = String(credits).toLowerCase();
        if (value !== 'standard' && value !== 'unlimited')
          return g.finding(['cpuCredits'], "cpuCredits option accepts only one of 'standard' or 'unlimited'");
      }
      const processes = arr(ng['asgSuspendProcesses']);
      const badProcess = processes.findIndex((p) => typeof p !== 'string' || !SUSPEND_PROCESSES.includes(p));
      if (badProcess >= 0)
        return g.finding(
          ['asgSuspendProcesses', badProcess],
          `asgSuspendProcesses contains invalid process name '${String(processes[badProcess])}'`,
        );
      const runtime = str(ng['containerRuntime']);
      if (runtime !== undefined) {
        // Validated before eksctl's defaults: only an explicit AmazonLinux2023 counts here.
        if (amiFamilyOf(ng) === 'AmazonLinux2023' && runtime !== 'containerd')
          return g.finding(['containerRuntime'], 'only containerd is supported for container runtime on AmazonLinux2023 nodes');
        if (runtime !== 'dockerd' && runtime !== 'containerd' && runtime !== 'docker')
          return g.finding(['containerRuntime'], 'only containerd, dockerd and docker are supported for container runtime');
        if (runtime !== 'containerd' && minor !== undefined && minor >= 24)
          return g.finding(
            ['containerRuntime'],
            'only containerd is supported for container runtime, starting with EKS version 1.24',
          );
        if (ng['overrideBootstrapCommand'] !== undefined && ng['overrideBootstrapCommand'] !== null)
          return g.finding(
            ['containerRuntime'],
            'overrideBootstrapCommand overwrites container runtime setting; please use --container-runtime in the bootsrap script instead',
          );
      }
      const lifetime = num(ng['maxInstanceLifetime']);
      if (lifetime !== undefined && lifetime < ONE_DAY)
        return g.finding(
          ['maxInstanceLifetime'],
          `maximum instance lifetime must have a minimum value of 86,400 seconds (one day), but was: ${lifetime}`,
        );
      return [];
    });
  },
});
