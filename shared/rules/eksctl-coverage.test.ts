import { describe, expect, it } from 'vitest';
import { RULES } from './registry.js';
import { EKSCTL_RULES } from './eksctl-coverage.js';

const numbers = Object.keys(EKSCTL_RULES).map(Number);

/** App rule ids enforcing each eksctl rule number. */
function enforcers(): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const rule of RULES.all()) for (const n of rule.eksctl ?? []) out.set(n, [...(out.get(n) ?? []), rule.id]);
  return out;
}

describe('eksctl rule coverage', () => {
  it('lists all 89 rules of eksctl-rules.md', () => {
    expect(numbers).toEqual(Array.from({ length: 89 }, (_, i) => i + 1));
  });

  it('names only eksctl rules that exist', () => {
    for (const n of enforcers().keys()) expect(numbers).toContain(n);
  });

  it('has every offline-checkable rule enforced by a rule, left to the schema, or explained', () => {
    const by = enforcers();
    const open = numbers.filter((n) => {
      const entry = EKSCTL_RULES[n]!;
      return !by.has(n) && !entry.tags?.includes('S') && !entry.notChecked;
    });
    expect(open).toEqual([]);
  });
});
