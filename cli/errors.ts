/**
 * Exit codes and the one error type every command throws for an expected failure. main.ts turns a
 * CliError into a single `eks-sandbox: ...` line on stderr, in the command line's language, never a stack trace.
 */
import type { Language } from '../shared/rules/types.js';
import { renderText, type CliText } from './i18n/render.js';

export const EXIT = {
  /** The command did what was asked; for `validate`, the design has no error-level finding. */
  ok: 0,
  /** The design has error-level findings (validate), export refused it, or diff found differences. */
  designErrors: 1,
  /** Bad input: unreadable or malformed file, unknown command or flag, wrong option value. */
  badInput: 2,
  /** A bug in EKS Sandbox itself. */
  internal: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Lines printed after the message, made in the language the message is shown in. */
export type DetailLines = (lang: Language) => readonly string[];

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    /** What went wrong, as a text id and parameters; `message` is its English rendering. */
    readonly text: CliText,
    readonly exitCode: ExitCode = EXIT.badInput,
    /** Extra lines printed after the message (e.g. the findings that stopped an export). */
    readonly details: DetailLines | readonly string[] = [],
    /** The language to report this error in whatever --lang says (a wrong --lang itself). */
    readonly language?: Language,
  ) {
    super(renderText(text, 'en'));
  }

  /** The message in `lang`, on one line. */
  render(lang: Language): string {
    return oneLine(renderText(this.text, this.language ?? lang));
  }

  detailLines(lang: Language): readonly string[] {
    return typeof this.details === 'function' ? this.details(this.language ?? lang) : this.details;
  }
}

/** A message for a thrown value, on one line. */
export function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
