import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { managedLabelsTaintsApi as rule } from './managed-labels-taints-api.js';

const longKey = 'platform.engineering.example.com/workload-class-for-batch-jobs-x'; // 64 characters

describe(rule.id, () => {
  // Found by the seventh pass of unseen configs: a managed group labelled node-role.example.com/ingress: "" (the
  // Kubernetes role-label idiom) got no error, though EKS's CreateNodegroup refuses an empty label value.
  it("flags what a managed group's labels and taints have that the EKS API refuses", () => {
    const config = {
      managedNodeGroups: [
        {
          name: 'm',
          labels: { 'node-role.example.com/ingress': '', [longKey]: 'batch', team: 'a' },
          taints: [{ key: longKey, value: 'x', effect: 'NoSchedule' }],
        },
        { name: 'n', taints: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, effect: 'NoSchedule' })) },
      ],
    };
    expect(findingsFor(rule, config).map((f) => [f.configPath, f.params?.['limit']])).toEqual([
      ['managedNodeGroups[0].labels["node-role.example.com/ingress"]', 'label values of 1 to 63 characters'],
      [`managedNodeGroups[0].labels["${longKey}"]`, 'label keys of at most 63 characters, prefix included'],
      ['managedNodeGroups[0].taints[0].key', 'taint keys of at most 63 characters, prefix included'],
      ['managedNodeGroups[1].taints', 'at most 50 taints per managed node group'],
    ]);
  });

  it('passes the same on a self-managed group, keys of 63 characters, empty taint values, and the baseline', () => {
    const config = {
      managedNodeGroups: [
        { name: 'm', labels: { [longKey.slice(1)]: 'v' }, taints: [{ key: 'dedicated', value: '', effect: 'NoSchedule' }] },
      ],
      nodeGroups: [
        { name: 'n', labels: { 'node-role.example.com/ingress': '' }, taints: [{ key: longKey, effect: 'NoSchedule' }] },
      ],
    };
    expect(findingsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
