/**
 * The design a command works on: a design file, or an eksctl ClusterConfig YAML imported on the fly
 * (by extension .yaml/.yml, or by content starting with `apiVersion`), so `validate` and `export` take
 * either without an explicit import step.
 */
import { parseDesignText } from '../shared/model/document.js';
import { DesignFileError } from '../shared/model/errors.js';
import type { DesignDocument } from '../shared/model/design.js';
import {
  EksctlImportError,
  importEksctlYaml,
  looksLikeEksctlYaml,
  type ImportResult,
  type ImportWarning,
} from '../shared/round-trip/index.js';
import { localizeError, renderErrorText } from '../shared/errors/localized.js';
import type { CommandIo } from './command.js';
import { CliError } from './errors.js';
import { readTextFile } from './files.js';
import { renderText, text as cliText } from './i18n/render.js';

/**
 * Writes what an import could not take over (suppressions it could not read or place) to stderr, one
 * warning a line, naming the file: the import itself went on, so these never change the exit status.
 */
export function reportImportWarnings(
  file: string,
  warnings: readonly ImportWarning[],
  io: Pick<CommandIo, 'stderr' | 'lang'>,
): void {
  for (const w of warnings) {
    const message = cliText('file.problem', { file, reason: (lang) => renderErrorText(w.text, lang) });
    io.stderr.write(`${renderText(cliText('main.warning', { message }), io.lang)}\n`);
  }
}

/**
 * Reads an eksctl YAML file as a design, with its warnings written to stderr.
 * @throws CliError naming the file, line and field (exit 2).
 */
export async function readEksctlFile(file: string, io: Pick<CommandIo, 'stderr' | 'lang'>): Promise<DesignDocument> {
  const { document, warnings } = importText(file, await readTextFile(file));
  reportImportWarnings(file, warnings, io);
  return document;
}

function importText(file: string, text: string): ImportResult {
  try {
    return importEksctlYaml(text);
  } catch (err) {
    if (err instanceof EksctlImportError) {
      // In Japanese the core error's own frame (「eksctl の ClusterConfig として読み込めません」) says it.
      throw new CliError(cliText('file.not-usable-eksctl', { file, reason: (lang) => localizeError(err, lang) }));
    }
    throw err;
  }
}

/** A design as read from its file, with the file's text (to point at lines in it) and what kind of file it was. */
export type DesignSource =
  | { kind: 'design'; document: DesignDocument; text: string }
  /** `config`: the ClusterConfig as read from the file. */
  | { kind: 'eksctl'; document: DesignDocument; text: string; config: ImportResult['config'] };

/**
 * Reads a design file or an eksctl YAML file, keeping its text; an import's warnings go to stderr.
 * @throws CliError (exit 2)
 */
export async function readDesignSource(file: string, io: Pick<CommandIo, 'stderr' | 'lang'>): Promise<DesignSource> {
  const text = await readTextFile(file);
  if (looksLikeEksctlYaml(file, text)) {
    const { document, config, warnings } = importText(file, text);
    reportImportWarnings(file, warnings, io);
    return { kind: 'eksctl', document, text, config };
  }
  try {
    return { kind: 'design', document: parseDesignText(text), text };
  } catch (err) {
    if (err instanceof DesignFileError)
      throw new CliError(cliText('file.problem', { file, reason: (lang) => localizeError(err, lang) }));
    throw err;
  }
}

/** Reads a design file or an eksctl YAML file; an import's warnings go to stderr. @throws CliError (exit 2) */
export async function readDesignInput(file: string, io: Pick<CommandIo, 'stderr' | 'lang'>): Promise<DesignDocument> {
  return (await readDesignSource(file, io)).document;
}
