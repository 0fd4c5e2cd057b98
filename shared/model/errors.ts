import type { ErrorText } from '../errors/localized.js';

/** Why a design document could not be loaded. Every message names the place and the reason. */
export type DesignFileErrorCode = 'too-large' | 'not-json' | 'not-a-design' | 'newer-version' | 'invalid' | 'inconsistent';

export class DesignFileError extends Error {
  override readonly name = 'DesignFileError';
  constructor(
    readonly code: DesignFileErrorCode,
    message: string,
    /** Where in the document: a JSON path such as `design.parts[3].props.cidr`, and its line when known. */
    readonly location?: { path?: string; line?: number; column?: number },
  ) {
    super(message);
  }

  /** For localizeError: what kind of problem in the user's language, then the place and reason (`detail`). */
  get text(): ErrorText {
    return { id: `design-file.${this.code}`, params: { detail: this.message } };
  }
}
