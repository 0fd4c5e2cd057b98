import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { addonValues as rule, configurationValuesValid } from './addon-values.js';

describe(rule.id, () => {
  it('flags configurationValues that are neither JSON nor a YAML mapping, and a bad namespace', () => {
    const addons = [
      { name: 'coredns', configurationValues: 'replicaCount: [3' },
      { name: 'aws-ebs-csi-driver', namespaceConfig: { namespace: 'Storage_NS' } },
    ];
    expect(problemsFor(rule, { addons })).toEqual([
      [
        'addons[1].configurationValues',
        'invalid configuration for "coredns" addon: configurationValues: "replicaCount: [3" is not valid, supported format(s) are: JSON and YAML',
      ],
      [
        'addons[3].namespaceConfig.namespace',
        'invalid configuration for "aws-ebs-csi-driver" addon: namespace "Storage_NS" is not a valid Kubernetes namespace name (must be a valid DNS-1123 label)',
      ],
    ]);
    expect(configurationValuesValid('just a string')).toBe(false);
    expect(configurationValuesValid('a: 1\na: 2')).toBe(false);
  });

  it('passes JSON, YAML mappings, empty values and DNS-1123 namespaces, and the baseline', () => {
    const addons = [
      { name: 'coredns', configurationValues: '{"replicaCount": 3}' },
      { name: 'vpc-cni', configurationValues: 'env:\n  ENABLE_PREFIX_DELEGATION: "true"\n' },
      { name: 'kube-proxy', configurationValues: '' },
      { name: 'metrics-server', namespaceConfig: { namespace: 'monitoring-1' } },
    ];
    expect(problemsFor(rule, { addons })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
