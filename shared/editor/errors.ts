/** A refused edit: the message says which part and why, so the UI can show it as it is. */
export type EditErrorCode =
  'not-found' | 'cannot-nest' | 'cannot-connect' | 'duplicate' | 'invalid-props' | 'invalid-name' | 'invalid-suppression';

export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EditError';
  }
}
