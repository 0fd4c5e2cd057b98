import { errorText, renderErrorText, type ErrorText } from '../errors/localized.js';

/** Why a design document could not be loaded. Every message names the place and the reason. */
export type DesignFileErrorCode = 'too-large' | 'not-json' | 'not-a-design' | 'newer-version' | 'invalid' | 'inconsistent';

/** Where in the document: a JSON path such as `design.parts[3].props.cidr`, and its line when known. */
export interface DesignFileLocation {
  path?: string;
  line?: number;
  column?: number;
}

export class DesignFileError extends Error {
  override readonly name = 'DesignFileError';
  /** For localizeError: the kind of problem, the place, the reason and how many more, as texts. */
  readonly text: ErrorText;

  constructor(
    readonly code: DesignFileErrorCode,
    /** Why, as a text of the error table (shared/errors/texts-files.json), in any language. */
    readonly reason: ErrorText,
    readonly location?: DesignFileLocation,
    /** How many more problems the loader found after this one (`more.*` texts). */
    more: ErrorText | '' = '',
  ) {
    const text = errorText(`design-file.${code}`, {
      where: whereText(location),
      reason,
      more,
    });
    super(renderErrorText(text, 'en'));
    this.text = text;
  }
}

/** The place put in front of the reason: the line when found, and the path (a JSON syntax error has neither). */
function whereText(location: DesignFileLocation | undefined): ErrorText | string {
  if (location?.path === undefined) return '';
  if (location.line === undefined) return `${location.path}: `;
  return errorText('where.line-path', { line: location.line, path: location.path });
}
