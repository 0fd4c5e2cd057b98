import { describe, expect, it } from 'vitest';
import { RULES } from '../registry.js';
import { ruleText } from '../messages.js';
import { RULE_AREAS } from '../types.js';
import { CHANGE_RULES } from './index.js';

/** `{{name}}` placeholders of a text. */
const placeholders = (...texts: string[]) =>
  new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!)));

describe('the change rules', () => {
  it.each(CHANGE_RULES.map((r) => [r.id, r] as const))('%s is well formed and worded in both languages', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/);
    expect(RULES.get(id)).toBeUndefined();
    expect(RULE_AREAS).toContain(rule.area);
    expect(rule.source).toMatch(/^https:\/\/\S+$/);
    for (const lang of ['en', 'ja'] as const) {
      expect(rule.text[lang].message.trim()).not.toBe('');
      expect(rule.text[lang].fix.trim()).not.toBe('');
      expect(ruleText(id, lang)).toBe(rule.text[lang]);
    }
    expect(placeholders(rule.text.ja.message, rule.text.ja.fix)).toEqual(placeholders(rule.text.en.message, rule.text.en.fix));
  });
});
