import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { nameUnique as rule } from './name-unique.js';

describe(rule.id, () => {
  it('flags clusters sharing a name in one Region', () => {
    const b = new DesignBuilder();
    const c1 = b.cluster(undefined, {}, 'prod');
    const c2 = b.cluster(undefined, {}, 'prod');
    b.cluster(undefined, { region: 'ap-northeast-1' }, 'prod');
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id, c2.id], params: { name: 'prod', region: 'us-east-1', count: 2 } },
    ]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
