import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { nlbMultiAz as rule } from './nlb-multi-az.js';

function design(opts: { pinToOneSubnet?: boolean; replicas?: number } = {}) {
  const base = baselineBuilder();
  const { b, vpc, cluster, privateSubnets } = base;
  const ng = b.managedNodeGroup(cluster, opts.pinToOneSubnet ? { subnetIds: [privateSubnets[0]!.id] } : {});
  const workload = b.workload(ng, { replicas: opts.replicas ?? 3 });
  const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal' } });
  const api = b.add('api-gateway', {});
  b.connect(nlb, workload).connect(api, nlb);
  return { b, nlb, api };
}

describe(rule.id, () => {
  it('flags an NLB whose targets run in one AZ', () => {
    const { b, nlb, api } = design({ pinToOneSubnet: true });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [nlb.id, api.id], params: { lb: 'nlb-1', api: 'api-gateway-1', az: 'us-east-1a' } },
    ]);
  });

  it('flags a single replica, which runs in one AZ whatever its node group spans', () => {
    const { b, nlb } = design({ replicas: 1 });
    expect(runRule(rule, b.build()).map((f) => f.partIds[0])).toEqual([nlb.id]);
  });

  it('passes replicas over three AZs and the baseline', () => {
    expect(runRule(rule, design().b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
