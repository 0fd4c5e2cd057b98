import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipv6VpcCniIdentity as rule } from './ipv6-vpc-cni-identity.js';

const ipv6File = (rest: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: v6
  region: us-west-2
  version: "1.35"
kubernetesNetworkConfig:
  ipFamily: IPv6
${rest}`;

const run = (text: string) => runRule(rule, importEksctlYaml(text).document.design);

describe(rule.id, () => {
  it('flags an imported vpc-cni with neither OIDC nor the Pod Identity agent', () => {
    const findings = run(ipv6File('addons:\n  - name: vpc-cni\n  - name: coredns\n'));
    expect(findings.map((f) => [f.configPath, f.params?.['eksctl']])).toEqual([
      ['addons[0]', 'either pod identity or oidc needs to be enabled if IPv6 is set; set either one or use EKS Auto Mode'],
    ]);
  });

  it('flags the Pod Identity agent without an association for vpc-cni', () => {
    const findings = run(ipv6File('addons:\n  - name: coredns\n  - name: eks-pod-identity-agent\n  - name: vpc-cni\n'));
    expect(findings.map((f) => f.configPath)).toEqual(['addons[2]']);
    expect(String(findings[0]?.params?.['eksctl'])).toMatch(/^Set one of: addonsConfig.autoApplyPodIdentityAssociations/);
  });

  it('passes OIDC, default associations, auto-applied associations, no vpc-cni entry, and Auto Mode', () => {
    expect(run(ipv6File('iam:\n  withOIDC: true\naddons:\n  - name: vpc-cni\n  - name: coredns\n'))).toEqual([]);
    expect(
      run(
        ipv6File(
          'addons:\n  - name: vpc-cni\n    useDefaultPodIdentityAssociations: true\n  - name: coredns\n  - name: eks-pod-identity-agent\n',
        ),
      ),
    ).toEqual([]);
    expect(
      run(
        ipv6File(
          'addonsConfig:\n  autoApplyPodIdentityAssociations: true\naddons:\n  - name: vpc-cni\n  - name: coredns\n  - name: eks-pod-identity-agent\n',
        ),
      ),
    ).toEqual([]);
    expect(run(ipv6File('addons:\n  - name: coredns\n'))).toEqual([]);
  });

  it('passes what the exporter writes for IPv6 designs, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { ipFamily: 'IPv6' });
    b.cluster(undefined, { ipFamily: 'IPv6', addons: { podIdentityAgent: true } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
