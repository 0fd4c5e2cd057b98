/**
 * A refused edit: which part and why, as a text id and parameters (shared/errors/texts.ts). The message is
 * the English text; the UI shows localizeError(err, lang).
 */
import { CodedError } from '../errors/coded-error.js';

export type EditErrorCode =
  'not-found' | 'cannot-nest' | 'cannot-connect' | 'duplicate' | 'invalid-props' | 'invalid-name' | 'invalid-suppression';

export class EditError extends CodedError<EditErrorCode> {
  override readonly name = 'EditError';
}
