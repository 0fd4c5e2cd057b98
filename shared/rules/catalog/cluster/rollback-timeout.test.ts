import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { rollbackTimeout as rule } from './rollback-timeout.js';

const withTimeout = (timeoutMinutes: unknown) => {
  const b = new DesignBuilder();
  const c = b.cluster(undefined, { extra: { metadata: { rollbackConfig: { timeoutMinutes } } } });
  return { c, findings: runRule(rule, b.build()) };
};

describe(rule.id, () => {
  it.each([60, 119, 10081])('flags a carried timeout of %d minutes at the field', (minutes) => {
    const { c, findings } = withTimeout(minutes);
    const path = 'metadata.rollbackConfig.timeoutMinutes';
    expect(findings).toEqual([{ partIds: [c.id], params: { cluster: 'demo-1', path, value: minutes }, configPath: path }]);
  });

  it('passes the bounds, no timeout and the baseline', () => {
    expect(withTimeout(120).findings).toEqual([]);
    expect(withTimeout(10080).findings).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
