/**
 * Turns a diagnostic into words in English or Japanese. Rule texts live with each rule; the few
 * engine-level messages live here.
 */
import { interpolate } from '../util/interpolate.js';
import { RULES, type RuleRegistry } from './registry.js';
import type { Diagnostic, Language, RuleText } from './types.js';

const ENGINE_TEXTS: Record<string, Record<Language, RuleText>> = {
  'design.rule-failed': {
    en: {
      message: 'The check {{rule}} failed on this design: {{error}}',
      fix: 'Report this to the EKS Sandbox developers with the design file.',
    },
    ja: {
      message: 'チェック {{rule}} がこの設計で失敗しました: {{error}}',
      fix: '設計ファイルを添えて EKS Sandbox の開発者に報告してください。',
    },
  },
};

/** Shared with the error texts (shared/errors), which must not load the rule registry. */
export { interpolate };

export function ruleText(ruleId: string, lang: Language, registry: RuleRegistry = RULES): RuleText | undefined {
  return registry.get(ruleId)?.text[lang] ?? ENGINE_TEXTS[ruleId]?.[lang];
}

/** The message and fix of a diagnostic in `lang`. */
export function renderDiagnostic(d: Diagnostic, lang: Language = 'en', registry: RuleRegistry = RULES): RuleText {
  const text = ruleText(d.ruleId, lang, registry);
  if (!text) return { message: d.ruleId, fix: '' };
  return { message: interpolate(text.message, d.params), fix: interpolate(text.fix, d.params) };
}
