import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { cni as rule } from './cni.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags hybrid nodes without a CNI', () => {
    const { b, network } = hybridDesign({ network: { cni: 'none', hybridNodeCount: 4 } });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [network.id], params: { network: 'on-prem-network-1', nodes: 4 } }]);
  });

  it('passes Calico and the baseline', () => {
    expect(runRule(rule, hybridDesign({ network: { cni: 'calico' } }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
