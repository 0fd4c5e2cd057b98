import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules/registry.js';
import { filterRules } from './rules-filter.js';

describe('filterRules', () => {
  const all = RULES.all();

  it('keeps every rule for an empty query', () => {
    expect(filterRules(all, '  ', 'en')).toHaveLength(all.length);
  });

  it('needs every word, in any field, ignoring case', () => {
    const found = filterRules(all, 'VPC two-azs', 'en').map((r) => r.id);
    expect(found).toContain('vpc.cluster-subnets-two-azs');
    for (const id of found)
      expect(id.includes('two-azs') || RULES.get(id)!.text.en.message.toLowerCase().includes('two-azs')).toBe(true);
  });

  it('searches the texts of the chosen language', () => {
    const rule = RULES.get('vpc.cluster-subnets-two-azs')!;
    const word = rule.text.ja.message.slice(0, 6);
    expect(filterRules(all, word, 'ja').map((r) => r.id)).toContain(rule.id);
    expect(
      filterRules(all, 'error', 'en').every((r) => r.severity === 'error' || JSON.stringify(r).toLowerCase().includes('error')),
    ).toBe(true);
  });
});
