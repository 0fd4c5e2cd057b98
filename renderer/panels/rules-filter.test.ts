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

  it('finds a severity and an area by their names in the chosen language', () => {
    const errors = all.filter((r) => r.severity === 'error');
    expect(filterRules(all, 'エラー', 'ja')).toEqual(errors);
    expect(filterRules(all, 'error', 'en')).toEqual(errors);
    expect(filterRules(all, '警告', 'ja')).toEqual(all.filter((r) => r.severity === 'warning'));
    expect(filterRules(all, '情報 ロードバランシング', 'ja')).toEqual(
      all.filter((r) => r.severity === 'info' && r.area === 'load-balancing'),
    );
    const lb = filterRules(all, 'ロードバランシング', 'ja');
    expect(lb.filter((r) => r.area === 'load-balancing')).toHaveLength(all.filter((r) => r.area === 'load-balancing').length);
    expect(lb.length).toBeGreaterThan(0);
    // The Japanese names are not searched in English, nor the English names in Japanese.
    expect(filterRules(all, 'ロードバランシング', 'en')).toEqual([]);
    expect(filterRules(all, 'load balancing', 'en').map((r) => r.area)).toContain('load-balancing');
    expect(
      filterRules(all, 'サービスディスカバリー', 'ja').every(
        (r) =>
          r.area === 'service-discovery' ||
          r.text.ja.message.includes('サービスディスカバリー') ||
          r.text.ja.fix.includes('サービスディスカバリー'),
      ),
    ).toBe(true);
  });

  it('searches the texts of the chosen language', () => {
    const rule = RULES.get('vpc.cluster-subnets-two-azs')!;
    const word = rule.text.ja.message.slice(0, 6);
    expect(filterRules(all, word, 'ja').map((r) => r.id)).toContain(rule.id);
  });
});
