import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { workloadNoImage as rule } from './workload-no-image.js';

describe(rule.id, () => {
  it('flags an empty or blank image', () => {
    const { b, nodeGroup } = baselineBuilder();
    const empty = b.workload(nodeGroup, { image: '' });
    const blank = b.workload(nodeGroup, { image: '  ' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [empty.id], params: { workload: empty.name } },
      { partIds: [blank.id], params: { workload: blank.name } },
    ]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
