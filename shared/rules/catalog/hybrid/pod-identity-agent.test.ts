import { describe, expect, it } from 'vitest';
import { buildClusterConfig } from '../../../export/cluster-config.js';
import { runRule } from '../../test-support/builder.js';
import { quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { podIdentityAgentHybrid as rule } from './pod-identity-agent.js';

const REMOTE = 'remoteNetworkConfig: {remoteNodeNetworks: [{cidrs: [172.16.0.0/18]}]}\n';
const ASSOCIATION =
  'iam:\n  podIdentityAssociations:\n    - {namespace: default, serviceAccountName: app, permissionPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]}\n';

const paths = (body: string) => runOnYaml(rule, body).map((f) => f.configPath);

describe(rule.id, () => {
  it('flags the agent without its hybrid DaemonSet when roles come from Pod Identity', () => {
    expect(paths(`${REMOTE}${ASSOCIATION}addons: [{name: vpc-cni}, {name: eks-pod-identity-agent}]\n`)).toEqual(['addons[1]']);
    expect(
      paths(
        `${REMOTE}addons:\n  - name: eks-pod-identity-agent\n    configurationValues: '{"daemonsets":{"hybrid":{"create":false}}}'\n  - {name: aws-ebs-csi-driver, useDefaultPodIdentityAssociations: true}\n`,
      ),
    ).toEqual(['addons[0]']);
    expect(
      paths(`${REMOTE}addonsConfig: {autoApplyPodIdentityAssociations: true}\naddons: [{name: eks-pod-identity-agent}]\n`),
    ).toEqual(['addons[0]']);
  });

  it('passes the hybrid DaemonSet (JSON or YAML), no Pod Identity, no hybrid nodes, and the baseline', () => {
    expect(
      paths(
        `${REMOTE}${ASSOCIATION}addons:\n  - name: eks-pod-identity-agent\n    configurationValues: '{"daemonsets":{"hybrid":{"create": true}}}'\n`,
      ),
    ).toEqual([]);
    expect(
      paths(
        `${REMOTE}${ASSOCIATION}addons:\n  - name: eks-pod-identity-agent\n    configurationValues: "daemonsets:\\n  hybrid:\\n    create: true\\n"\n`,
      ),
    ).toEqual([]);
    expect(paths(`${REMOTE}addons: [{name: eks-pod-identity-agent}]\n`)).toEqual([]);
    expect(paths(`${ASSOCIATION}addons: [{name: eks-pod-identity-agent}]\n`)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });

  it("passes a drawn hybrid cluster with Pod Identity: the export turns the agent's hybrid DaemonSet on", () => {
    const { b } = hybridDesign({ cluster: { addons: { podIdentityAgent: true, awsLoadBalancerController: true } } });
    const design = b.build();
    expect(runRule(rule, design)).toEqual([]);
    expect(buildClusterConfig(design).addons!.find((a) => a.name === 'eks-pod-identity-agent')).toEqual({
      name: 'eks-pod-identity-agent',
      configurationValues: '{"daemonsets":{"hybrid":{"create":true}}}',
    });
  });
});
