/**
 * The words of the cost estimate in English and Japanese, by text id (`texts.json` beside this file): each
 * line's item (`item.*`, CostLine.item) and notes (`note.*`, CostLine.note: joined with "; " in English, 「。」 in
 * Japanese), and the text report `eks-sandbox cost` prints (`report.*`). A line carries the ids and parameters
 * (CostLine.text), and its `item`/`note` fields are the English rendering, so scripts, CSV and the diff's
 * matching read the same English as before while the CLI (--lang ja), the cost panel and the compare panel show
 * the user's language. Parameters are names, ids, instance types, numbers and nested texts (capacity type, a
 * VPC's name); `note.as-written` shows a note the price table wrote without an id (a new row's free text).
 */
import type { Language } from '../rules/types.js';
import type { TextTable } from '../i18n/text-table.js';
import texts from './texts.json' with { type: 'json' };
import units from './units.json' with { type: 'json' };

/** `satisfies`: a text missing its English or Japanese, or one that is not a string, fails to compile. */
export const COST_TEXTS = texts satisfies TextTable<string>;

export type CostTextId = keyof typeof COST_TEXTS;

/**
 * The units of the price table, in each language (`units.json`); a unit not listed (a new row) shows as
 * written. Keyed by the unit as PriceRow.unit spells it.
 */
export const COST_UNITS: Readonly<Record<string, Readonly<Record<Language, string>>>> = units satisfies TextTable<string>;
