/**
 * Command-line texts as a text id plus parameters, rendered in English or Japanese through CLI_TEXTS (like
 * the rules' messages and shared/errors/texts.ts). A parameter may itself be a text (a reason inside a
 * frame), a list (joined with ", " or 「、」) or a function of the language (a core error's localized words),
 * so a sentence is put together in one language from the start.
 */
import { joinList } from '../../shared/i18n/join-list.js';
import type { Language } from '../../shared/rules/types.js';
import { interpolate } from '../../shared/util/interpolate.js';
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

function renderParam(value: CliParam, lang: Language): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'function') return value(lang);
  if (Array.isArray(value)) return joinList(value as readonly string[], lang);
  return renderText(value as CliText, lang);
}

/** The text in `lang`, its parameters rendered in the same language. */
export function renderText(t: CliText, lang: Language): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(t.params ?? {})) params[k] = renderParam(v, lang);
  return interpolate(CLI_TEXTS[t.id][lang], params);
}

/** `n` findings (or the like) in the right English plural; Japanese counts with 件 either way. */
export function counted(n: number, one: CliTextId, other: CliTextId): CliText {
  return text(n === 1 ? one : other, { count: n });
}
