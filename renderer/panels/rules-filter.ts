/**
 * The rules reference's search: every word must appear in the rule's id, area (its id and its name in the
 * language), texts or source. A word that is a severity's name (error, 「エラー」, 警告) asks for the rules of
 * that severity, not for every text that mentions the word.
 */
import type { Rule } from '../../shared/rules/types.js';
import { en } from '../i18n/en.js';
import { ja } from '../i18n/ja.js';

const NAMES = { en, ja } as const;

export function filterRules(rules: readonly Rule[], query: string, lang: 'en' | 'ja'): Rule[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rules];
  const names = NAMES[lang];
  const severityOf = (word: string) =>
    (['error', 'warning', 'info'] as const).find((s) => s === word || names.severity[s].toLowerCase() === word);
  return rules.filter((r) => {
    const hay = [r.id, r.area, names.rules.areas[r.area], r.text[lang].message, r.text[lang].fix, r.source]
      .join('\n')
      .toLowerCase();
    return words.every((w) => {
      const severity = severityOf(w);
      return severity ? r.severity === severity : hay.includes(w);
    });
  });
}
