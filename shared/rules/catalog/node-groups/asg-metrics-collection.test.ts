import { describe, expect, it } from 'vitest';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { asgMetricsCollection as rule } from './asg-metrics-collection.js';

const group = (asgMetricsCollection: unknown[]) => ({ name: 'ng', instanceType: 'm6i.large', asgMetricsCollection });

describe(rule.id, () => {
  // Found by the eighth pass of unseen configs: a 5Minutes granularity and a CPUUtilization metric got no
  // finding; eksctl writes them into the Auto Scaling group as they are and the node group's stack fails.
  it('flags a granularity other than 1Minute and metrics that are no group metric', () => {
    const config = {
      nodeGroups: [
        group([{ granularity: '5Minutes', metrics: ['GroupDesiredCapacity'] }]),
        group([{ granularity: '1Minute', metrics: ['GroupMaxSize', 'CPUUtilization', 'Nope'] }]),
        group([{ granularity: '1minute' }]),
      ],
    };
    expect(findingsFor(rule, config).map((f) => [f.configPath, f.params?.['value']])).toEqual([
      ['nodeGroups[0].asgMetricsCollection[0].granularity', '5Minutes'],
      ['nodeGroups[1].asgMetricsCollection[0].metrics[1]', 'CPUUtilization'],
      ['nodeGroups[2].asgMetricsCollection[0].granularity', '1minute'],
    ]);
  });

  it('passes group and warm pool metrics at 1Minute, no metric list (all of them), and the baseline', () => {
    const config = {
      nodeGroups: [
        group([{ granularity: '1Minute', metrics: ['GroupInServiceCapacity', 'WarmPoolWarmedCapacity'] }]),
        group([{ granularity: '1Minute' }]),
      ],
    };
    expect(findingsFor(rule, config)).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
