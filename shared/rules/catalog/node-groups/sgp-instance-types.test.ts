import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { enablesPodEni, sgpInstanceTypes as rule } from './sgp-instance-types.js';

const CNI_JSON = `addons:\n  - name: vpc-cni\n    configurationValues: '{"env":{"ENABLE_POD_ENI":"true"}}'\n  - name: coredns\n  - name: kube-proxy\n`;
const T3 = '  - name: burst\n    instanceTypes: [t3.large, t3a.large]\n';
const WINDOWS = 'nodeGroups:\n  - name: win\n    amiFamily: WindowsServer2022CoreContainer\n    instanceType: m5.large\n';

describe(rule.id, () => {
  it('reads ENABLE_POD_ENI from JSON and YAML configurationValues', () => {
    expect(enablesPodEni('{"env":{"ENABLE_POD_ENI":"true"}}')).toBe(true);
    expect(enablesPodEni('env:\n  ENABLE_POD_ENI: "true"\n')).toBe(true);
    expect(enablesPodEni('{"env":{"ENABLE_POD_ENI":"false"}}')).toBe(false);
    expect(enablesPodEni('{"env":{"ENABLE_PREFIX_DELEGATION":"true"}}')).toBe(false);
    expect(enablesPodEni(undefined)).toBe(false);
  });

  it('flags security groups for pods in a cluster whose nodes are all t family or Windows', () => {
    const found = runOnYaml(rule, `${CNI_JSON}managedNodeGroups:\n${T3}${WINDOWS}`);
    expect(found.map((f) => [f.configPath, f.params?.['nodeGroups']])).toEqual([
      ['addons[0].configurationValues', 'burst (t3.large, t3a.large), win (WindowsServer2022CoreContainer)'],
    ]);
    expect(found[0]!.partIds).toHaveLength(3); // the cluster and both node groups
  });

  it('passes when one Linux group can attach trunk interfaces, or Fargate or Karpenter can take the pods', () => {
    expect(runOnYaml(rule, `${CNI_JSON}managedNodeGroups:\n${T3}  - name: general\n    instanceType: m6i.large\n`)).toEqual([]);
    // No type listed: eksctl's m5.large, which supports trunking.
    expect(runOnYaml(rule, `${CNI_JSON}managedNodeGroups:\n${T3}  - name: default-type\n`)).toEqual([]);
    const fargate = 'fargateProfiles:\n  - name: fp\n    selectors:\n      - namespace: payments\n';
    expect(runOnYaml(rule, `${CNI_JSON}managedNodeGroups:\n${T3}${fargate}`)).toEqual([]);
  });

  it('does not count EKS Auto Mode as compute for the pods: security groups for pods cannot be used with it', () => {
    const autoMode = 'autoModeConfig:\n  enabled: true\n';
    expect(runOnYaml(rule, `${CNI_JSON}${autoMode}managedNodeGroups:\n${T3}`)).toHaveLength(1);
  });

  it('passes t-family nodes without ENABLE_POD_ENI, and the baseline', () => {
    expect(runOnYaml(rule, `managedNodeGroups:\n${T3}`)).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
