/**
 * eksctl YAML import: a ClusterConfig file becomes a new untitled design (never replacing the file it
 * came from). A file eksctl would not load leaves the current work as it was and says why in the banner.
 */
import { importEksctlYaml } from '../../shared/round-trip/index.js';
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
  return replaceDesign(() => store.openDesign(imported.document.design, null, false));
}

export async function importYaml(): Promise<void> {
  const file = await platform.openYaml();
  if (file) await importYamlText(file);
}

/** Whether a dropped file's name says it is eksctl YAML rather than a design file. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}
