import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { EKS_ADDON_NAMES } from '../../../data/eks-addon-names.js';
import { ADDONS } from '../../../model/addons.js';
import { ADDON_SERVICE_ACCOUNTS } from '../../facts/addon-service-accounts.js';
import { addonNameUnknown as rule, nearestAddonName } from './addon-name-unknown.js';

const found = (names: string[]) =>
  runOnYaml(rule, `addons:\n${names.map((n) => `  - name: ${JSON.stringify(n)}\n`).join('')}`).map((f) => [
    f.configPath,
    f.params?.['suggestion'],
  ]);

describe(rule.id, () => {
  it('is a warning: the list of names cannot hold every Marketplace add-on', () => {
    expect(rule.severity).toBe('warning');
  });

  it('suggests the known name for typos, other letter case, spaces, prefixes and names cut short', () => {
    expect(found(['vpc-cnii', 'CoreDNS', 'kube-proxy ', 'aws-ebs-csi', 'ebs-csi-driver', 'metric-server'])).toEqual([
      ['addons[0].name', 'vpc-cni'],
      ['addons[1].name', 'coredns'],
      ['addons[2].name', 'kube-proxy'],
      ['addons[3].name', 'aws-ebs-csi-driver'],
      ['addons[4].name', 'aws-ebs-csi-driver'],
      ['addons[5].name', 'metrics-server'],
    ]);
    expect(runOnYaml(rule, 'addons:\n  - name: vpc-cnii\n')[0]!.params?.['eksctlMessage']).toBe(
      'no versions available for "vpc-cnii"',
    );
  });

  it('passes every known name and names far from all of them (Marketplace add-ons such as vendor_product)', () => {
    expect(found([...EKS_ADDON_NAMES])).toEqual([]);
    expect(found(['dynatrace_dynatrace-operator', 'kubecost_kubecost', 'solo-io_istio-distro', 'my-addon'])).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it("knows every add-on the app's own tables name", () => {
    const own = [...ADDONS.flatMap((row) => ('eksAddon' in row ? [row.eksAddon] : [])), ...Object.keys(ADDON_SERVICE_ACCOUNTS)];
    expect(own.filter((name) => !EKS_ADDON_NAMES.includes(name))).toEqual([]);
  });

  it('does not take a short name for a near one two edits away', () => {
    expect(nearestAddonName('adot')).toBe('adot');
    expect(nearestAddonName('dot')).toBe('adot');
    expect(nearestAddonName('apt')).toBeUndefined();
  });
});
