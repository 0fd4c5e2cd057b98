/**
 * Errors as a text id plus parameters, rendered in English or Japanese through ERROR_TEXTS, like the rules'
 * messages. An error's `message` stays the English text (tests, logs, --lang en); the UI and the command
 * line show `localizeError(err, lang)`, so a Japanese user never gets an English sentence from the core.
 */
import { renderTableText } from '../i18n/text-table.js';
import type { Language } from '../rules/types.js';
import { ERROR_TEXTS, type ErrorTextId } from './texts.js';

/**
 * A parameter is a name, number or path (the same in both languages), or itself a text (a reason inside a
 * frame, the place of a problem), rendered in the same language as the text around it.
 */
export type ErrorParam = string | number | ErrorText;
export type ErrorParams = Readonly<Record<string, ErrorParam>>;

/** What a localizable error carries: which text, and the values for its {{placeholders}}. */
export interface ErrorText {
  id: ErrorTextId;
  params: ErrorParams;
}

/** A text with its parameters, for building nested texts tersely. */
export function errorText(id: ErrorTextId, params: ErrorParams = {}): ErrorText {
  return { id, params };
}

/** The text in `lang`, nested texts rendered in the same language. */
export function renderErrorText(text: ErrorText, lang: Language): string {
  return renderTableText(ERROR_TEXTS, text, lang);
}

function textOf(err: unknown): ErrorText | undefined {
  if (typeof err !== 'object' || err === null || !('text' in err)) return undefined;
  const text = (err as { text: unknown }).text;
  if (typeof text !== 'object' || text === null) return undefined;
  const id = (text as { id?: unknown }).id;
  return typeof id === 'string' && Object.hasOwn(ERROR_TEXTS, id) ? (text as ErrorText) : undefined;
}

/** Whether `err` carries a text the table can render. */
export function isLocalizable(err: unknown): err is Error & { text: ErrorText } {
  return err instanceof Error && textOf(err) !== undefined;
}

/**
 * `err` in the user's language: the table's text for an error that carries one, else its message (an
 * unexpected error: a bug, or the platform's own words, which the caller frames in its own sentence).
 */
export function localizeError(err: unknown, lang: Language): string {
  const text = textOf(err);
  if (text) return renderErrorText(text, lang);
  return err instanceof Error ? err.message : String(err);
}

/** Initialisms read letter by letter whose first letter sounds like a vowel ("an nlb"). */
const SPELLED_WITH_VOWEL_SOUND = /^(nlb|eks)\b/i;

/** "a" or "an" before an English word or kind id ("an alb", "an nlb", "a vpc"), so no "a EKS cluster". */
export function article(word: string): 'a' | 'an' {
  return /^[aeiou]/i.test(word) || SPELLED_WITH_VOWEL_SOUND.test(word) ? 'an' : 'a';
}
