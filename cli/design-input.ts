/**
 * The design a command works on: a design file, or an eksctl ClusterConfig YAML imported on the fly
 * (by extension .yaml/.yml, or by content starting with `apiVersion`), so `validate` and `export` take
 * either without an explicit import step.
 */
import { parseDesignText } from '../shared/model/document.js';
import { DesignFileError } from '../shared/model/errors.js';
import type { DesignDocument } from '../shared/model/design.js';
import { EksctlImportError, importEksctlYaml, looksLikeEksctlYaml, type ImportResult } from '../shared/round-trip/index.js';
import { localizeError } from '../shared/errors/localized.js';
import { CliError } from './errors.js';
import { readTextFile } from './files.js';
import { text as cliText } from './i18n/render.js';

/** Reads an eksctl YAML file as a design. @throws CliError naming the file, line and field (exit 2). */
export async function readEksctlFile(file: string): Promise<DesignDocument> {
  return importText(file, await readTextFile(file)).document;
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

/** Reads a design file or an eksctl YAML file, keeping its text. @throws CliError (exit 2) */
export async function readDesignSource(file: string): Promise<DesignSource> {
  const text = await readTextFile(file);
  if (looksLikeEksctlYaml(file, text)) {
    const { document, config } = importText(file, text);
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

/** Reads a design file or an eksctl YAML file. @throws CliError (exit 2) */
export async function readDesignInput(file: string): Promise<DesignDocument> {
  return (await readDesignSource(file)).document;
}
