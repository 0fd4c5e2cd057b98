/**
 * One way to render a text of an en/ja table (the CLI's sentences, cost lines, core errors) with its parameters,
 * so a sentence is put together in one language from the start. A parameter is a name or number (the same in both
 * languages), a list (joined with ", " or 「、」), another text of the same table (a reason inside a frame), or a
 * function of the language (words another table renders).
 */
import type { Language } from '../rules/types.js';
import { interpolate } from '../util/interpolate.js';
import { joinList } from './join-list.js';

export type TextParam<Id extends string> = string | number | readonly string[] | TableText<Id> | ((lang: Language) => string);

export interface TableText<Id extends string> {
  id: Id;
  params?: Readonly<Record<string, TextParam<Id>>>;
}

export type TextTable<Id extends string> = Readonly<Record<Id, Readonly<Record<Language, string>>>>;

/** The text in `lang` from `table`, its parameters rendered in the same language. */
export function renderTableText<Id extends string>(table: TextTable<Id>, text: TableText<Id>, lang: Language): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(text.params ?? {})) params[k] = renderParam(table, v, lang);
  return interpolate(table[text.id][lang], params);
}

function renderParam<Id extends string>(table: TextTable<Id>, value: TextParam<Id>, lang: Language): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'function') return value(lang);
  if (Array.isArray(value)) return joinList(value as readonly string[], lang);
  return renderTableText(table, value as TableText<Id>, lang);
}
