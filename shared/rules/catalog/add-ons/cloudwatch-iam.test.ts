import { describe, expect, it } from 'vitest';
import { buildClusterConfig } from '../../../export/cluster-config.js';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { addonIrsaOidc } from './addon-irsa-oidc.js';
import { cloudwatchIam as rule } from './cloudwatch-iam.js';

const GROUP = `managedNodeGroups:
  - name: ng
    instanceType: m7i.large
`;

/** [configPath, nodes] of each finding on the config `body`. */
function nodesOn(body: string): [string | undefined, unknown][] {
  return runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['nodes']]);
}

describe(rule.id, () => {
  it('flags the add-on with no role of its own on nodes whose role lacks the policy', () => {
    expect(nodesOn(`addons:\n  - name: vpc-cni\n  - name: amazon-cloudwatch-observability\n${GROUP}`)).toEqual([
      ['addons[1]', 'ng'],
    ]);
  });

  it('leaves IRSA settings without an OIDC provider to eksctl.addon-irsa-oidc, which reports the same add-on', () => {
    const body = `addons:\n  - name: amazon-cloudwatch-observability\n    attachPolicyARNs: [arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy]\n${GROUP}`;
    expect(nodesOn(body)).toEqual([]);
    expect(runOnYaml(addonIrsaOidc, body).map((f) => f.configPath)).toEqual(['addons[0]']);
  });

  it("flags Karpenter's and Auto Mode's nodes, whose eksctl roles never carry the policy", () => {
    const withPolicy = `${GROUP}    iam: {withAddonPolicies: {cloudWatch: true}}\n`;
    expect(
      nodesOn(
        `iam: {withOIDC: true}\nkarpenter: {version: "1.9.0"}\naddons: [{name: amazon-cloudwatch-observability}]\n${withPolicy}`,
      ),
    ).toEqual([['addons[0]', "Karpenter's nodes"]]);
    expect(nodesOn(`autoModeConfig: {enabled: true}\naddons: [{name: amazon-cloudwatch-observability}]\n`)).toEqual([
      ['addons[0]', 'EKS Auto Mode nodes'],
    ]);
  });

  it('flags Windows nodes without the policy when the role comes from EKS Pod Identity', () => {
    const body = `addons:
  - name: eks-pod-identity-agent
  - name: amazon-cloudwatch-observability
    useDefaultPodIdentityAssociations: true
managedNodeGroups:
  - {name: linux, instanceType: m7i.large}
  - {name: win, instanceType: m7i.large, amiFamily: WindowsServer2022CoreContainer}
`;
    expect(nodesOn(body)).toEqual([['addons[1]', 'win']]);
  });

  it('flags hybrid nodes, which have no node role the agents can reach, when the add-on has no role of its own', () => {
    const remote = 'remoteNetworkConfig: {remoteNodeNetworks: [{cidrs: [172.16.0.0/18]}]}\n';
    const withPolicy = `${GROUP}    iam: {withAddonPolicies: {cloudWatch: true}}\n`;
    expect(nodesOn(`${remote}addons: [{name: amazon-cloudwatch-observability}]\n${withPolicy}`)).toEqual([
      ['addons[0]', 'hybrid nodes (no instance metadata, so no node role)'],
    ]);
    expect(
      nodesOn(
        `${remote}addons: [{name: eks-pod-identity-agent}, {name: amazon-cloudwatch-observability, useDefaultPodIdentityAssociations: true}]\n${withPolicy}`,
      ),
    ).toEqual([]);
  });

  it('passes a drawn hybrid cluster: the export gives the add-on a role of its own, Pod Identity or IRSA', () => {
    const pod = hybridDesign({ cluster: { addons: { cloudWatchObservability: true, podIdentityAgent: true } } });
    expect(runRule(rule, pod.b.build())).toEqual([]);
    expect(
      buildClusterConfig(pod.b.build()).addons!.find((a) => a.name === 'amazon-cloudwatch-observability')?.[
        'useDefaultPodIdentityAssociations'
      ],
    ).toBe(true);
    const irsa = hybridDesign({ cluster: { controllerIdentity: 'irsa', addons: { cloudWatchObservability: true } } });
    expect(runRule(rule, irsa.b.build())).toEqual([]);
    const config = buildClusterConfig(irsa.b.build());
    expect(config.iam?.withOIDC).toBe(true);
    expect(config.addons!.find((a) => a.name === 'amazon-cloudwatch-observability')?.['attachPolicyARNs']).toEqual([
      'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy',
    ]);
  });

  it('passes a role of its own, node roles with the policy, and roles it cannot see into', () => {
    const cw = '  - name: amazon-cloudwatch-observability\n';
    expect(nodesOn(`addons:\n${cw}    useDefaultPodIdentityAssociations: true\n${GROUP}`)).toEqual([]);
    expect(nodesOn(`addonsConfig: {autoApplyPodIdentityAssociations: true}\naddons:\n${cw}${GROUP}`)).toEqual([]);
    expect(
      nodesOn(`iam: {withOIDC: true}\naddons:\n${cw}    serviceAccountRoleARN: arn:aws:iam::111122223333:role/cw\n${GROUP}`),
    ).toEqual([]);
    expect(
      nodesOn(`iam:
  podIdentityAssociations:
    - {namespace: amazon-cloudwatch, serviceAccountName: cloudwatch-agent, permissionPolicyARNs: [arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy]}
addons:
  - name: eks-pod-identity-agent
${cw}${GROUP}`),
    ).toEqual([]);
    expect(nodesOn(`addons:\n${cw}${GROUP}    iam: {withAddonPolicies: {cloudWatch: true}}\n`)).toEqual([]);
    expect(
      nodesOn(
        `addons:\n${cw}${GROUP}    iam: {attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy, arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy, arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly, arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy]}\n`,
      ),
    ).toEqual([]);
    expect(nodesOn(`addons:\n${cw}${GROUP}    iam: {instanceRoleARN: arn:aws:iam::111122223333:role/nodes}\n`)).toEqual([]);
    expect(nodesOn(`addons:\n${cw}fargateProfiles: [{name: fp, selectors: [{namespace: default}]}]\n`)).toEqual([]);
  });

  it("passes the exporter's CloudWatch add-on: node groups' roles get the policy, and with Karpenter the add-on a Pod Identity role", () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), {
      addons: { cloudWatchObservability: true, podIdentityAgent: true, nodeAutoscaler: 'karpenter' },
    });
    b.managedNodeGroup(cluster);
    b.selfManagedNodeGroup(cluster);
    const design = b.build();
    expect(runRule(rule, design)).toEqual([]);
    const config = buildClusterConfig(design);
    expect(config.addons!.find((a) => a.name === 'amazon-cloudwatch-observability')).toEqual({
      name: 'amazon-cloudwatch-observability',
      useDefaultPodIdentityAssociations: true,
    });
    expect(quietOnBaseline(rule)).toBe(true);
  });

  it('passes a drawn Karpenter cluster without the Pod Identity agent: the export gives the add-on an IRSA role', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), {
      controllerIdentity: 'irsa',
      addons: { cloudWatchObservability: true, nodeAutoscaler: 'karpenter' },
    });
    b.managedNodeGroup(cluster);
    const design = b.build();
    expect(runRule(rule, design)).toEqual([]);
    const config = buildClusterConfig(design);
    expect(config.iam?.withOIDC).toBe(true);
    expect(config.addons!.find((a) => a.name === 'amazon-cloudwatch-observability')?.['attachPolicyARNs']).toEqual([
      'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy',
    ]);
  });
});
