/**
 * eksctl YAML import: a ClusterConfig file becomes a new untitled design (never replacing the file it
 * came from). A file eksctl would not load leaves the current work as it was and says why in the banner.
 */
import { errorText as coreText, renderErrorText } from '../../shared/errors/localized.js';
import { importEksctlYaml, type ImportWarning } from '../../shared/round-trip/index.js';
import { currentLanguage, i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';
import type { OpenedFile } from '../platform/types.js';
import { store } from '../store/app-store.js';
import { replaceDesign } from './replace-design.js';
import { reportError } from './report-error.js';

/** Opens the YAML's design as unsaved; false (and a banner) when the import fails or the user kept the open design. */
export async function importYamlText(file: OpenedFile): Promise<boolean> {
  let imported: ReturnType<typeof importEksctlYaml>;
  try {
    imported = importEksctlYaml(file.text);
  } catch (err) {
    reportError(err, { action: 'import', name: file.name });
    return false;
  }
  const opened = await replaceDesign(() => store.openDesign(imported.document.design, null, false));
  if (opened && imported.warnings.length > 0)
    store.setBanner({ kind: 'info', text: importWarningsText(file.name, imported.warnings) });
  return opened;
}

/** What the import left out (suppressions it could not read or place), for the banner: the first, and how many more. */
export function importWarningsText(name: string, warnings: readonly ImportWarning[]): string {
  const lang = currentLanguage();
  const more = warnings.length > 1 ? renderErrorText(coreText('more.plain', { count: warnings.length - 1 }), lang) : '';
  return i18next.t('errors.importWarnings', { name, message: `${renderErrorText(warnings[0]!.text, lang)}${more}` });
}

export async function importYaml(): Promise<void> {
  const file = await platform.openYaml();
  if (file) await importYamlText(file);
}

/** Whether a dropped file's name says it is eksctl YAML rather than a design file. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}
