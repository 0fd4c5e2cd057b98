/**
 * A refused edit: which part and why, as a text id and parameters (shared/errors/texts.ts). The message is
 * the English text; the UI shows localizeError(err, lang).
 */
import type { ErrorText } from '../errors/localized.js';
import { renderErrorText } from '../errors/localized.js';

export type EditErrorCode =
  'not-found' | 'cannot-nest' | 'cannot-connect' | 'duplicate' | 'invalid-props' | 'invalid-name' | 'invalid-suppression';

export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    readonly text: ErrorText,
  ) {
    super(renderErrorText(text, 'en'));
    this.name = 'EditError';
  }

  get params(): ErrorText['params'] {
    return this.text.params;
  }
}
