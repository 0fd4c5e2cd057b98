/**
 * The rules reference's search: every word must appear in the rule's id, area (its id and its name in the
 * language), severity (its id and its name: 「エラー」 finds the errors), texts or source.
 */
import type { Rule } from '../../shared/rules/types.js';
import { en } from '../i18n/en.js';
import { ja } from '../i18n/ja.js';

const NAMES = { en, ja } as const;

export function filterRules(rules: readonly Rule[], query: string, lang: 'en' | 'ja'): Rule[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rules];
  const names = NAMES[lang];
  return rules.filter((r) => {
    const hay = [
      r.id,
      r.area,
      names.rules.areas[r.area],
      r.severity,
      names.severity[r.severity],
      r.text[lang].message,
      r.text[lang].fix,
      r.source,
    ]
      .join('\n')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
