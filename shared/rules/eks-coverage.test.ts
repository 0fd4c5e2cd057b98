import { describe, expect, it } from 'vitest';
import { EKS_RULES } from './eks-coverage.js';
import { CHANGE_RULES } from './changes/index.js';
import { RULES } from './registry.js';

const ids = Object.keys(EKS_RULES);
/** Rules of the registry and the design comparison's rules about a change between two designs. */
const known = new Set([...RULES.all().map((r) => r.id), ...CHANGE_RULES.map((r) => r.id)]);

describe('EKS rules catalog coverage', () => {
  it('lists all 152 rules of the catalog once', () => {
    expect(ids).toHaveLength(152);
  });

  it('has every catalog rule checked by the rule of its id, by named rules, or explained', () => {
    const open = ids.filter((id) => {
      const entry = EKS_RULES[id]!;
      return !known.has(id) && (entry.checkedBy ?? []).length === 0 && !entry.notChecked;
    });
    expect(open).toEqual([]);
  });

  it('names only rules that exist, and no reason where the rule of its id exists', () => {
    for (const [id, entry] of Object.entries(EKS_RULES)) {
      for (const other of entry.checkedBy ?? []) expect(known.has(other), `${id} checkedBy ${other}`).toBe(true);
      if (known.has(id)) expect(entry.notChecked, `${id} is a rule`).toBeUndefined();
    }
  });
});
