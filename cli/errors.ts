/**
 * Exit codes and the one error type every command throws for an expected failure. main.ts turns a
 * CliError into a single `eks-sandbox: ...` line on stderr, never a stack trace.
 */

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

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.badInput,
    /** Extra lines printed after the message (e.g. the findings that stopped an export). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A message for a thrown value, on one line. */
export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
