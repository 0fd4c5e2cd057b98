import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { fargateLogging as rule } from './fargate-logging.js';

describe(rule.id, () => {
  it('informs that node log agents miss Fargate pods', () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.cloudWatchObservability = true;
    const fp = b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id, fp.id], params: { cluster: cluster.name } }]);
  });

  it('counts Karpenter nodes as the nodes whose agents miss the Fargate pods', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { cloudWatchObservability: true, nodeAutoscaler: 'karpenter' } });
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'karpenter' }] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id, fp.id], params: { cluster: cluster.name } }]);
  });

  it('passes without Fargate, without the agents, and the baseline', () => {
    const agents = baselineBuilder();
    agents.cluster.props.addons.cloudWatchObservability = true;
    expect(runRule(rule, agents.b.build())).toEqual([]);
    const fargate = baselineBuilder();
    fargate.b.fargateProfile(fargate.cluster);
    expect(runRule(rule, fargate.b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
