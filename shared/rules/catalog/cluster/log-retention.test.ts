import { describe, expect, it } from 'vitest';
import { problemsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { logRetention as rule } from './log-retention.js';

const path = 'cloudWatch.clusterLogging.logRetentionInDays';

describe(rule.id, () => {
  it('flags a retention without log types, and 45 days', () => {
    expect(problemsFor(rule, { cloudWatch: { clusterLogging: { logRetentionInDays: 30 } } })).toEqual([
      [path, 'cannot set cloudWatch.clusterLogging.logRetentionInDays without enabling log types'],
    ]);
    expect(problemsFor(rule, { cloudWatch: { clusterLogging: { logRetentionInDays: 45 } } }, { logging: ['api'] })).toEqual([
      [
        path,
        'invalid value 45 for logRetentionInDays; supported values are [1 3 5 7 14 30 60 90 120 150 180 365 400 545 731 1827 3653]',
      ],
    ]);
  });

  it('passes a listed retention with log types, no retention, and the baseline', () => {
    expect(problemsFor(rule, { cloudWatch: { clusterLogging: { logRetentionInDays: 731 } } }, { logging: ['audit'] })).toEqual(
      [],
    );
    expect(problemsFor(rule, {}, { logging: [] })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
