/**
 * Why an eksctl YAML file could not be imported: one typed error with a message a person can act on, and
 * where the problem is (1-based line, and the config path such as `managedNodeGroups[0].instanceType`).
 * The reason is a text of the error table (shared/errors/texts-files.json), so it reads in either language.
 */

import { errorText, renderErrorText, type ErrorText } from '../errors/localized.js';

export class EksctlImportError extends Error {
  /** 1-based line of the problem in the YAML text, when known. */
  readonly line: number | undefined;
  /** Where in the config, e.g. `metadata.version`; empty for the whole document. */
  readonly path: string;
  /** For localizeError: the framing, the line and path, the reason and how many more, as texts. */
  readonly text: ErrorText;

  constructor(
    /** Why, as an `import-reason.*` or `schema.*` text. */
    readonly reason: ErrorText,
    where: { line?: number | undefined; path?: string } = {},
    /** How many more problems were found after this one (`more.*` texts). */
    more: ErrorText | '' = '',
  ) {
    const text = errorText('import.rejected', { where: whereText(where.line, where.path ?? ''), reason, more });
    super(renderErrorText(text, 'en'));
    this.name = 'EksctlImportError';
    this.line = where.line;
    this.path = where.path ?? '';
    this.text = text;
  }
}

/** The place in front of the reason; a path alone reads the same in both languages. */
function whereText(line: number | undefined, path: string): ErrorText | string {
  if (line === undefined) return path === '' ? '' : `${path}: `;
  return path === '' ? errorText('where.line', { line }) : errorText('where.line-and-path', { line, path });
}
