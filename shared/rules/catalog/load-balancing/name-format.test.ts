import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { lbNameFormat as rule } from './name-format.js';

describe(rule.id, () => {
  it('flags 33 characters, a trailing hyphen, an underscore and the "internal-" prefix', () => {
    const { b, vpc } = baselineBuilder();
    const names = ['a'.repeat(33), 'web-', 'web_alb', 'internal-web'];
    const lbs = names.map((name) => b.add('nlb', { parent: vpc, name, props: { scheme: 'internal' } }));
    expect(runRule(rule, b.build())).toEqual(lbs.map((lb) => ({ partIds: [lb.id], params: { loadBalancer: lb.name } })));
  });

  it('passes a 32-character name and short names', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, vpc } = baselineBuilder();
    b.add('alb', { parent: vpc, name: 'a'.repeat(32), props: { scheme: 'internet-facing' } });
    b.add('nlb', { parent: vpc, name: 'x', props: { scheme: 'internal' } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
