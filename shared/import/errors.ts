/**
 * Why an eksctl YAML file could not be imported: one typed error with a message a person can act on, and
 * where the problem is (1-based line, and the config path such as `managedNodeGroups[0].instanceType`).
 */

import type { ErrorText } from '../errors/localized.js';

export class EksctlImportError extends Error {
  /** 1-based line of the problem in the YAML text, when known. */
  readonly line: number | undefined;
  /** Where in the config, e.g. `metadata.version`; empty for the whole document. */
  readonly path: string;

  constructor(message: string, where: { line?: number | undefined; path?: string } = {}) {
    const at = [where.line !== undefined ? `line ${where.line}` : '', where.path ? where.path : ''].filter(Boolean).join(', ');
    super(at === '' ? message : `${at}: ${message}`);
    this.name = 'EksctlImportError';
    this.line = where.line;
    this.path = where.path ?? '';
  }

  /** For localizeError: the framing in the user's language, then the line, path and reason (`detail`). */
  get text(): ErrorText {
    return { id: 'import.rejected', params: { detail: this.message } };
  }
}
