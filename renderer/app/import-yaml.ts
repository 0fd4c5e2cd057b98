/**
 * eksctl YAML import: a ClusterConfig file becomes a new untitled design (never replacing the file it
 * came from). A file eksctl would not load leaves the current work as it was and says why in the banner.
 */
import { importEksctlYaml } from '../../shared/import/index.js';
import { i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';
import type { OpenedFile } from '../platform/types.js';
import { store } from '../store/app-store.js';

/** Opens the YAML's design as unsaved; false (and a banner) when the import fails. */
export function importYamlText(file: OpenedFile): boolean {
  try {
    const { document } = importEksctlYaml(file.text);
    store.openDesign(document.design, null, false);
    return true;
  } catch (err) {
    store.setBanner({
      kind: 'error',
      text: i18next.t('errors.importFailed', { name: file.name, message: err instanceof Error ? err.message : String(err) }),
    });
    return false;
  }
}

export async function importYaml(): Promise<void> {
  const file = await platform.openYaml();
  if (file) importYamlText(file);
}

/** Whether a dropped file's name says it is eksctl YAML rather than a design file. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}
