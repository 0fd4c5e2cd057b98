/** The rules reference's search: every word must appear in the rule's id, area, severity, texts or source. */
import type { Rule } from '../../shared/rules/types.js';

export function filterRules(rules: readonly Rule[], query: string, lang: 'en' | 'ja'): Rule[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rules];
  return rules.filter((r) => {
    const hay = [r.id, r.area, r.severity, r.text[lang].message, r.text[lang].fix, r.source].join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
