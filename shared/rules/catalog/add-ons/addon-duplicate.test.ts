import { describe, expect, it } from 'vitest';
import { quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { addonDuplicate as rule } from './addon-duplicate.js';

const NODES = 'managedNodeGroups:\n  - name: ng-1\n    instanceType: m7i.large\n    privateNetworking: true\n';

describe(rule.id, () => {
  it('flags an imported config listing vpc-cni twice, at the second entry, in eksctl words', () => {
    const findings = runOnYaml(
      rule,
      `addons:
  - name: vpc-cni
    version: latest
  - name: coredns
  - name: vpc-cni
    configurationValues: '{"env":{"ENABLE_PREFIX_DELEGATION":"true"}}'
${NODES}`,
    );
    expect(findings.map((f) => [f.configPath, f.params])).toEqual([
      [
        'addons[2].name',
        {
          cluster: 'demo',
          path: 'addons[2].name',
          addon: 'vpc-cni',
          count: 2,
          paths: 'addons[0].name, addons[2].name',
          eksctlMessage: '"vpc-cni" addon is already present on the cluster, as an EKS managed addon, skipping creation',
        },
      ],
    ]);
  });

  it('counts names differing only in case as one add-on, as eksctl does (CanonicalName)', () => {
    const findings = runOnYaml(
      rule,
      `addons:\n  - name: coredns\n  - name: CoreDNS\n  - name: coredns\n  - name: kube-proxy\n${NODES}`,
    );
    expect(findings.map((f) => [f.configPath, f.params?.['addon'], f.params?.['count']])).toEqual([
      ['addons[1].name', 'coredns', 3],
    ]);
  });

  it('passes one entry per add-on, and the baseline', () => {
    expect(runOnYaml(rule, `addons:\n  - name: vpc-cni\n  - name: coredns\n  - name: kube-proxy\n${NODES}`)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
