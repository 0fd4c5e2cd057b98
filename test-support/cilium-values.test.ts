/** The Cilium values oracle refuses what Helm would refuse or silently ignore, and takes AWS's documented values. */
import { describe, expect, it } from 'vitest';
import { CILIUM_VALUES_SCHEMA, ciliumValuesProblems, keysOutsideSchema } from './cilium-values.js';

const onHybrid = {
  nodeAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: 'eks.amazonaws.com/compute-type', operator: 'In', values: ['hybrid'] }] }],
    },
  },
};

/** AWS's cilium-values.yaml ("Configure CNI for hybrid nodes") with a pod CIDR, plus the operator's replicas and affinity. */
const values = () => ({
  affinity: structuredClone(onHybrid),
  ipam: { mode: 'cluster-pool', operator: { clusterPoolIPv4MaskSize: 25, clusterPoolIPv4PodCIDRList: ['192.168.64.0/18'] } },
  operator: { replicas: 2, affinity: structuredClone(onHybrid), unmanagedPodWatcher: { restart: false } },
});

describe('ciliumValuesProblems', () => {
  it('takes the values AWS documents for hybrid nodes', () => {
    expect(ciliumValuesProblems(values(), '1.35')).toEqual([]);
    expect(ciliumValuesProblems(values(), '1.29')).toEqual([]);
  });

  it('refuses a value of the wrong type (values.schema.json)', () => {
    const v = values();
    (v.operator as Record<string, unknown>).replicas = '2';
    (v.ipam.operator as Record<string, unknown>).clusterPoolIPv4MaskSize = 25.5;
    expect(ciliumValuesProblems(v, '1.35')).toEqual([
      'values.schema.json: /ipam/operator/clusterPoolIPv4MaskSize must be integer',
      'values.schema.json: /operator/replicas must be integer',
    ]);
  });

  it('refuses a key the chart does not have, which Helm would ignore', () => {
    const v = values() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    v.operator.unmanagedPodWatcher = { restrat: false };
    v.ipam.opertor = {};
    expect(ciliumValuesProblems(v, '1.35')).toEqual([
      'ipam.opertor: not a value of chart cilium 1.17.6',
      'operator.unmanagedPodWatcher.restrat: not a value of chart cilium 1.17.6',
    ]);
  });

  it('checks the affinities against Kubernetes where the chart puts them', () => {
    const v = values() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    v.operator.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerm: [] };
    const problems = ciliumValuesProblems(v, '1.35');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('apps/v1/Deployment kube-system/cilium-operator'))).toBe(true);
    expect(problems.join('\n')).toContain('nodeSelectorTerm');
  });

  it('follows the schema down to its free-form maps only', () => {
    // nodeSelector's schema samples the default ({kubernetes.io/os}); any label is a valid key there.
    expect(keysOutsideSchema({ nodeSelector: { 'eks.amazonaws.com/compute-type': 'hybrid' } }, CILIUM_VALUES_SCHEMA)).toEqual([]);
    // annotations is an object without properties: free-form.
    expect(keysOutsideSchema({ operator: { annotations: { a: 'b' } } }, CILIUM_VALUES_SCHEMA)).toEqual([]);
    expect(keysOutsideSchema({ operatr: { replicas: 1 } }, CILIUM_VALUES_SCHEMA)).toEqual(['operatr']);
  });
});
