/**
 * Why an export did not happen. `ExportError` is a design the exporter cannot turn into one eksctl
 * config (no cluster, or several and none chosen); `ExportRefusedError` (refused-error.ts) is a design the
 * rules say eksctl or EKS would reject. Kept apart because the rules read the exporter's config: this
 * module must not import the rules.
 */

import { renderErrorText, type ErrorText } from '../errors/localized.js';

export type ExportErrorCode = 'unknown-cluster' | 'no-cluster' | 'several-clusters' | 'refused';

/** The message is the English text; the UI and the CLI's --lang ja show localizeError(err, lang). */
export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    readonly text: ErrorText,
  ) {
    super(renderErrorText(text, 'en'));
    this.name = 'ExportError';
  }

  get params(): ErrorText['params'] {
    return this.text.params;
  }
}
