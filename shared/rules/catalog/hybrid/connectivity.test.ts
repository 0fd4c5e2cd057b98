import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { connectivity as rule } from './connectivity.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags an on-premises network connected to nothing', () => {
    const { b, network } = hybridDesign({ connected: false });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [network.id], params: { network: 'on-prem-network-1', nodes: 2 } }]);
  });

  it('flags an on-premises network connected to a VPC without a cluster', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const network = b.add('on-prem-network', { props: { remoteNodeCidrs: ['172.16.0.0/18'] } });
    b.connect(network, vpc);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [network.id], params: { network: 'on-prem-network-1', nodes: 2 } }]);
  });

  it('passes a connected network, one without nodes, and the baseline', () => {
    expect(runRule(rule, hybridDesign().b.build())).toEqual([]);
    expect(runRule(rule, hybridDesign({ connected: false, network: { hybridNodeCount: 0 } }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
