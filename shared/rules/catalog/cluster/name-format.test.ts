import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { nameFormat as rule } from './name-format.js';

describe(rule.id, () => {
  it('flags names with bad characters, a bad first character, or over 100 characters', () => {
    const b = new DesignBuilder();
    const long = 'a'.repeat(101);
    const ids = ['my cluster', '-prod', long, ''].map((name) => b.cluster(undefined, {}, name || undefined).id);
    // The builder names an unnamed cluster itself; rename the last one to the empty string.
    const design = b.build();
    design.parts.find((p) => p.id === ids[3])!.name = '';
    expect(runRule(rule, design)).toEqual([
      { partIds: [ids[0]], params: { name: 'my cluster' } },
      { partIds: [ids[1]], params: { name: '-prod' } },
      { partIds: [ids[2]], params: { name: long } },
      { partIds: [ids[3]], params: { name: '' } },
    ]);
  });

  it('passes hyphens, underscores, a leading digit, 100 characters and the baseline', () => {
    const b = new DesignBuilder();
    for (const name of ['prod-eks-01', 'prod_eks', '1st', 'a'.repeat(100)]) b.cluster(undefined, {}, name);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
