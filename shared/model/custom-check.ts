/**
 * A custom check of the design file schema (zod's `refine`, `superRefine`) fails with a coded text of the
 * error table, so its reason reads in the user's language like zod's own issues do (zod-issue-text.ts),
 * never as English words inside a Japanese sentence.
 */
import { errorText, renderErrorText, type ErrorParams, type ErrorText } from '../errors/localized.js';
import { ERROR_TEXTS, type ErrorTextId } from '../errors/texts.js';

/** The ids a custom check may fail with. */
export type CheckTextId = Extract<ErrorTextId, `check.${string}`>;

/**
 * What a failing check hands zod (the options of `refine`, spread into `ctx.addIssue`): the English text as
 * zod's `message`, and the coded text in the issue's `params` for rendering in either language.
 */
export function checkFailure(id: CheckTextId, params: ErrorParams = {}): { message: string; params: { text: ErrorText } } {
  const text = errorText(id, params);
  return { message: renderErrorText(text, 'en'), params: { text } };
}

/** The coded text a custom check put on its issue, or undefined for any other issue. */
export function checkTextOf(issue: { code: string; params?: Record<string, unknown> }): ErrorText | undefined {
  if (issue.code !== 'custom') return undefined;
  const text = issue.params?.['text'] as Partial<ErrorText> | undefined;
  if (typeof text?.id !== 'string' || !text.id.startsWith('check.') || !Object.hasOwn(ERROR_TEXTS, text.id)) return undefined;
  return typeof text.params === 'object' && text.params !== null ? (text as ErrorText) : undefined;
}
