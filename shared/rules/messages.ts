/**
 * Turns a diagnostic into words in English or Japanese. Rule texts live with each rule; the few
 * engine-level messages live here.
 */
import { interpolate } from '../util/interpolate.js';
import { changeRuleText } from './changes/index.js';
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
  'design.suppression-expired': {
    en: {
      message:
        'The suppression of {{rule}} expired on {{expires}}, so its findings are reported again (reason given: {{reason}}).',
      fix: 'Fix what {{rule}} reports, or, if the reason still holds, remove the suppression and suppress the rule again with a later expiry date.',
    },
    ja: {
      message: '{{rule}} の抑制は {{expires}} に期限切れになったため、検出結果を再び表示しています（理由: {{reason}}）。',
      fix: '{{rule}} が報告する問題を修正してください。理由がまだ当てはまる場合は、抑制を削除し、より後の期限で設定し直してください。',
    },
  },
  'design.suppression-unused': {
    en: {
      message: 'The suppression of {{rule}} matches no finding: the rule reports nothing here.',
      fix: 'Remove the suppression, so it cannot hide a future finding unnoticed.',
    },
    ja: {
      message: '{{rule}} の抑制に一致する検出結果がありません。このルールはここで何も報告していません。',
      fix: '抑制を削除してください。残しておくと、今後の検出結果が気付かれないまま隠れてしまいます。',
    },
  },
  'design.suppression-unknown-rule': {
    en: {
      message: 'A suppression names {{rule}}, which is not a rule of EKS Sandbox, so it suppresses nothing.',
      fix: 'Correct the rule id (Help > Rules reference lists them all) or remove the suppression.',
    },
    ja: {
      message: '抑制に指定された {{rule}} は EKS Sandbox のルールではないため、何も抑制していません。',
      fix: 'ルール ID を修正するか（ヘルプ > ルール一覧で確認できます）、抑制を削除してください。',
    },
  },
};

/** Shared with the error texts (shared/errors), which must not load the rule registry. */
export { interpolate };

export function ruleText(ruleId: string, lang: Language, registry: RuleRegistry = RULES): RuleText | undefined {
  return registry.get(ruleId)?.text[lang] ?? changeRuleText(ruleId, lang) ?? ENGINE_TEXTS[ruleId]?.[lang];
}

/** The message and fix of a diagnostic in `lang`. */
export function renderDiagnostic(d: Diagnostic, lang: Language = 'en', registry: RuleRegistry = RULES): RuleText {
  const text = ruleText(d.ruleId, lang, registry);
  if (!text) return { message: d.ruleId, fix: '' };
  const params = lang === 'ja' ? japaneseLists(d.params, text) : d.params;
  return { message: interpolate(text.message, params), fix: interpolate(text.fix, params) };
}

/** Params that hold a sentence (an exception, the reason a user typed), never a list. */
const VERBATIM_PARAMS = ['error', 'reason'];

/**
 * Rules join the names they list with ", " (the English separator); Japanese lists them with 「、」. A param the
 * Japanese text quotes as 「{{name}}」 is verbatim text (an eksctl or AWS message) and keeps its commas.
 */
function japaneseLists(params: Diagnostic['params'], text: RuleText): Diagnostic['params'] {
  const quotedInText = [...`${text.message} ${text.fix}`.matchAll(/\u300c\{\{\s*(\w+)\s*\}\}\u300d/g)].map((m) => m[1]);
  const verbatim = new Set([...VERBATIM_PARAMS, ...quotedInText]);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && !verbatim.has(name) ? value.replaceAll(', ', '、') : value,
    ]),
  );
}
