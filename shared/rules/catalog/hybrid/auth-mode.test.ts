import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { authMode as rule } from './auth-mode.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags CONFIG_MAP authentication on a hybrid cluster', () => {
    const { b, cluster, network } = hybridDesign({ cluster: { authenticationMode: 'CONFIG_MAP' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, network.id], params: { cluster: 'demo-1', network: 'on-prem-network-1' } },
    ]);
  });

  it('passes API_AND_CONFIG_MAP and the baseline', () => {
    expect(runRule(rule, hybridDesign({ cluster: { authenticationMode: 'API_AND_CONFIG_MAP' } }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
