import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { efaInstanceType as rule } from './efa-instance-type.js';

describe(rule.id, () => {
  // Found by the seventh pass of unseen configs: efaEnabled on a t3.large group got no error; eksctl asks EC2
  // about the group's instance types and stops with "instance type t3.large does not support EFA".
  it('flags EFA groups with a burstable or small instance type, wherever the type is given', () => {
    const config = {
      managedNodeGroups: [
        { name: 'a', instanceType: 't3.large', efaEnabled: true },
        { name: 'b', instanceTypes: ['p5.48xlarge', 'g6.2xlarge'], efaEnabled: true },
        { name: 'c', efaEnabled: true },
      ],
      nodeGroups: [{ name: 'd', instancesDistribution: { instanceTypes: ['c5n.18xlarge', 'm5.xlarge'] }, efaEnabled: true }],
    };
    expect(findingsFor(rule, config).map((f) => [f.configPath, f.params?.['instanceType']])).toEqual([
      ['managedNodeGroups[0].efaEnabled', 't3.large'],
      ['managedNodeGroups[1].efaEnabled', 'g6.2xlarge'],
      ['managedNodeGroups[2].efaEnabled', 'm5.large'],
      ['nodeGroups[0].efaEnabled', 'm5.xlarge'],
    ]);
  });

  it('passes large and metal sizes, instance selectors, launch templates, groups without EFA, and the baseline', () => {
    const config = {
      managedNodeGroups: [
        { name: 'a', instanceType: 'c5n.18xlarge', efaEnabled: true },
        { name: 'b', instanceTypes: ['hpc7g.4xlarge', 'c5n.metal'], efaEnabled: true },
        { name: 'c', instanceSelector: { vCPUs: 96 }, efaEnabled: true },
        { name: 'd', launchTemplate: { id: 'lt-0123456789abcdef0' }, efaEnabled: true },
        { name: 'e', instanceType: 't3.large', efaEnabled: false },
      ],
    };
    expect(findingsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
