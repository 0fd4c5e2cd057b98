/**
 * Command-line texts as a text id plus parameters, rendered in English or Japanese through CLI_TEXTS (like
 * the rules' messages and shared/errors/texts.ts). A parameter may itself be a text (a reason inside a
 * frame), a list (joined with ", " or 「、」) or a function of the language (a core error's localized words),
 * so a sentence is put together in one language from the start.
 */
import type { Language } from '../../shared/rules/types.js';
import { renderTableText } from '../../shared/i18n/text-table.js';
import { CLI_TEXTS, type CliTextId } from './texts.js';

export type CliParam = string | number | readonly string[] | CliText | ((lang: Language) => string);
export type CliParams = Readonly<Record<string, CliParam>>;

export interface CliText {
  id: CliTextId;
  params?: CliParams;
}

/** A text to render later, in whatever language the command line runs in. */
export function text(id: CliTextId, params?: CliParams): CliText {
  return params === undefined ? { id } : { id, params };
}

/** The text in `lang`, its parameters rendered in the same language. */
export function renderText(t: CliText, lang: Language): string {
  return renderTableText(CLI_TEXTS, t, lang);
}

/** `n` findings (or the like) in the right English plural; Japanese counts with 件 either way. */
export function counted(n: number, one: CliTextId, other: CliTextId): CliText {
  return text(n === 1 ? one : other, { count: n });
}
