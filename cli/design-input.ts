/**
 * The design a command works on: a design file, or an eksctl ClusterConfig YAML imported on the fly
 * (by extension .yaml/.yml, or by content starting with `apiVersion`), so `validate` and `export` take
 * either without an explicit import step.
 */
import { parseDesignText } from '../shared/model/document.js';
import { DesignFileError } from '../shared/model/errors.js';
import type { DesignDocument } from '../shared/model/design.js';
import { EksctlImportError, importEksctlYaml, looksLikeEksctlYaml } from '../shared/round-trip/index.js';
import { CliError } from './errors.js';
import { readTextFile } from './files.js';

/** Reads an eksctl YAML file as a design. @throws CliError naming the file, line and field (exit 2). */
export async function readEksctlFile(file: string): Promise<DesignDocument> {
  return importText(file, await readTextFile(file));
}

function importText(file: string, text: string): DesignDocument {
  try {
    return importEksctlYaml(text).document;
  } catch (err) {
    if (err instanceof EksctlImportError) throw new CliError(`${file}: not a usable eksctl ClusterConfig: ${err.message}`);
    throw err;
  }
}

/** Reads a design file or an eksctl YAML file. @throws CliError (exit 2) */
export async function readDesignInput(file: string): Promise<DesignDocument> {
  const text = await readTextFile(file);
  if (looksLikeEksctlYaml(file, text)) return importText(file, text);
  try {
    return parseDesignText(text);
  } catch (err) {
    if (err instanceof DesignFileError) throw new CliError(`${file}: ${err.message}`);
    throw err;
  }
}
