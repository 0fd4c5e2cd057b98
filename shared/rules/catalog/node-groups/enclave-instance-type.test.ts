import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { enclaveInstanceType as rule } from './enclave-instance-type.js';

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: enclaveEnabled on t3.xlarge, m6i.large (2 vCPUs) and a1.xlarge
  // got no finding; EC2 refuses to launch instances that cannot host an enclave.
  it('flags burstable, A1, Xen-based and too small types, and the default type of a group that names none', () => {
    const config = {
      nodeGroups: [
        { name: 'a', instanceType: 't3.xlarge', enclaveEnabled: true },
        { name: 'b', instanceType: 'm6i.large', enclaveEnabled: true },
        { name: 'c', instanceType: 'a1.xlarge', enclaveEnabled: true },
        { name: 'd', instancesDistribution: { instanceTypes: ['m6i.xlarge', 'm4.xlarge'] }, enclaveEnabled: true },
        { name: 'e', enclaveEnabled: true },
      ],
    };
    expect(findingsFor(rule, config).map((f) => [f.configPath, f.params?.['instanceType']])).toEqual([
      ['nodeGroups[0].instanceType', 't3.xlarge'],
      ['nodeGroups[1].instanceType', 'm6i.large'],
      ['nodeGroups[2].instanceType', 'a1.xlarge'],
      ['nodeGroups[3].instancesDistribution.instanceTypes[1]', 'm4.xlarge'],
      ['nodeGroups[4].enclaveEnabled', 'm5.large'],
    ]);
  });

  it('passes Nitro types with enough vCPUs (2 on Graviton), selectors, groups without enclaves, and the baseline', () => {
    const config = {
      nodeGroups: [
        { name: 'a', instanceType: 'm6i.xlarge', enclaveEnabled: true },
        { name: 'b', instanceType: 'm6g.large', enclaveEnabled: true },
        { name: 'c', instanceSelector: { vCPUs: 8 }, enclaveEnabled: true },
        { name: 'd', instanceType: 't3.large', enclaveEnabled: false },
      ],
    };
    expect(findingsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
