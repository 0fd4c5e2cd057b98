/** `validate --format sarif`: the findings of one file as a SARIF log, each at its line in that file. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Language } from '../shared/rules/types.js';
import { designFileLocator, eksctlYamlLocator } from '../shared/sarif/locate.js';
import { buildSarifLog } from '../shared/sarif/sarif-log.js';
import type { DesignSource } from './design-input.js';

/**
 * The file as SARIF names it. Code scanning resolves a relative path against the repository root, where CI
 * runs the command, so a relative path stays relative (with `/`, each segment URI-encoded); an absolute one
 * becomes a file: URI.
 */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return path.normalize(file).split(path.sep).map(encodeURIComponent).join('/');
}

export function formatSarif(diagnostics: readonly Diagnostic[], file: string, source: DesignSource, lang: Language): string {
  const locate =
    source.kind === 'eksctl'
      ? eksctlYamlLocator(source.text, source.document.design, source.config)
      : designFileLocator(source.text);
  return `${JSON.stringify(buildSarifLog(diagnostics, { artifactUri: artifactUri(file), locate, lang }), null, 2)}\n`;
}
