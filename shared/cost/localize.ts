/**
 * The cost estimate in a language: a line's item, unit and note rendered from its text ids (CostLine.text), and
 * the text report `eks-sandbox cost` prints. Pure; the cost panel and the compare panel call the same functions
 * with the UI's language.
 */
import { PRICE_REFERENCE } from '../data/prices/common.js';
import type { Language } from '../rules/types.js';
import { renderTableText } from '../i18n/text-table.js';
import { COST_TEXTS, COST_UNITS, type CostTextId } from './texts.js';
import type { CostLineChange } from './diff.js';
import type { CostEstimate, CostLine } from './types.js';

/** A nested text, a list (joined with ", " or 「、」), a name or a number. */
export type CostParam = string | number | readonly string[] | CostText;

export interface CostText {
  id: CostTextId;
  params?: Readonly<Record<string, CostParam>>;
}

export function costText(id: CostTextId, params?: Readonly<Record<string, CostParam>>): CostText {
  return params === undefined ? { id } : { id, params };
}

export function renderCostText(text: CostText, lang: Language): string {
  return renderTableText(COST_TEXTS, text, lang);
}

/** Notes joined as one sentence per language: "a; b" in English, 「a。b」 in Japanese. */
export function joinNotes(notes: readonly CostText[], lang: Language): string {
  return notes.map((n) => renderCostText(n, lang)).join(lang === 'ja' ? '。' : '; ');
}

/** A price-table unit in `lang` (as written when the table has a unit this list lacks). */
export function costUnit(unit: string, lang: Language): string {
  return COST_UNITS[unit]?.[lang] ?? unit;
}

/** What a line reads in `lang`; a line made without texts (older data) keeps its English words. */
export function localizeLine(line: CostLine, lang: Language): { item: string; unit: string; note: string | undefined } {
  const texts = line.text;
  if (!texts) return { item: line.item, unit: costUnit(line.unit, lang), note: line.note };
  const note = texts.notes.length > 0 ? joinNotes(texts.notes, lang) : undefined;
  return { item: renderCostText(texts.item, lang), unit: costUnit(line.unit, lang), note };
}

/** A changed line's item (what diffCost reports) in `lang`; one made without a text keeps its English words. */
export function costChangeItem(change: Pick<CostLineChange, 'item' | 'itemText'>, lang: Language): string {
  return change.itemText ? renderCostText(change.itemText, lang) : change.item;
}

/** The estimate's source in `lang`: the built-in reference has a Japanese name. */
export function costSource(estimate: Pick<CostEstimate, 'source'>, lang: Language): string {
  return estimate.source === PRICE_REFERENCE ? renderCostText(costText('source.reference'), lang) : estimate.source;
}

/**
 * The estimate with every line's item, unit and note in `lang` and without the text ids, for JSON and CSV
 * output (English: the same words as the lines had).
 */
export function localizeEstimate(estimate: CostEstimate, lang: Language): CostEstimate {
  return {
    ...estimate,
    source: costSource(estimate, lang),
    lines: estimate.lines.map((line) => {
      const { text: _text, ...plain } = line;
      const words = localizeLine(line, lang);
      const out: CostLine = { ...plain, item: words.item, unit: words.unit };
      if (words.note !== undefined) out.note = words.note;
      return out;
    }),
  };
}

const USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1234.5 -> "$1,234.50", as the app writes money in both languages. */
export function formatUsd(amount: number): string {
  return USD.format(amount);
}

/** Left-aligned columns, two spaces apart; a CJK character takes two terminal columns. */
function table(rows: readonly (readonly string[])[], rightAligned: number): string[] {
  const width = (s: string) => s.length + (s.match(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/g)?.length ?? 0);
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - width(cell)));
        if (i === rightAligned) return pad + cell;
        return i === row.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function money(value: number): string {
  return value.toFixed(2);
}

/**
 * The estimate as `eks-sandbox cost` prints it: one row per line (item, quantity and unit, unit price, monthly,
 * confidence), the total, what it leaves out, the confidence key, the assumptions and the source.
 */
export function costReport(estimate: CostEstimate, lang: Language): string {
  const say = (id: CostTextId, params?: Readonly<Record<string, CostParam>>) => renderCostText(costText(id, params), lang);
  const noPrice = say('report.no-price');
  const times = lang === 'ja' ? '×' : 'x';
  const words = estimate.lines.map((l) => localizeLine(l, lang));
  // A line without a price says so: never "$0", which would read as free.
  const rows = estimate.lines.map((l, i) => [
    `  ${words[i]!.item}`,
    `${l.quantity} ${words[i]!.unit}`,
    l.unpriced ? noPrice : `${times} ${l.unitPrice}`,
    l.unpriced ? noPrice : money(l.monthly),
    `${l.confidence}${l.estimate ? ' *' : ''}`,
  ]);
  const assumptions = Object.entries(estimate.assumptions).map(([k, v]) => `${k}=${v}`);
  const unpriced = estimate.lines.flatMap((l, i) => (l.unpriced ? [`  ${words[i]!.item}: ${words[i]!.note ?? noPrice}`] : []));
  const total = { currency: estimate.currency, amount: money(estimate.monthlyTotal), usd: formatUsd(estimate.monthlyTotal) };
  return [
    say('report.title', { region: estimate.region, currency: estimate.currency, asOf: estimate.asOf }),
    '',
    ...table(rows, 3),
    '',
    `  ${say('report.total', total)}`,
    '',
    ...(unpriced.length > 0 ? [say('report.not-counted'), ...unpriced, ''] : []),
    say('report.confidence'),
    say('report.assumptions', { list: assumptions }),
    say('report.source', { source: costSource(estimate, lang) }),
    '',
  ].join('\n');
}
