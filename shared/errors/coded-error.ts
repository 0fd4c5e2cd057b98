/**
 * An error that is one of a module's codes plus a text of the error table (shared/errors/texts.ts): the
 * message is the English text; the UI and the CLI's --lang ja show localizeError(err, lang).
 */
import { renderErrorText, type ErrorText } from './localized.js';

export class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    readonly text: ErrorText,
  ) {
    super(renderErrorText(text, 'en'));
  }

  get params(): ErrorText['params'] {
    return this.text.params;
  }
}
