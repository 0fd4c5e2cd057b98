/** Saving the open design through the Platform; the answer says whether the file was written. */
import { DesignFileError } from '../../shared/model/errors.js';
import { serializeDesign, toDocument } from '../../shared/model/document.js';
import { i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { clearBackup } from './backup.js';

function describe(err: unknown): string {
  if (err instanceof DesignFileError || err instanceof Error) return err.message;
  return String(err);
}

/**
 * Saves in place, or through a save dialog for a new design or `saveAs`. False when the user cancelled
 * the dialog or the save failed (the banner says why); the design then stays open, unsaved, backed up.
 */
export async function save(saveAs = false): Promise<boolean> {
  const { design, file } = store.getState();
  let text: string;
  try {
    text = serializeDesign(toDocument(design));
  } catch (err) {
    store.setBanner({ kind: 'error', text: describe(err) });
    return false;
  }
  const suggested = file ?? { name: `${design.name || 'design'}.eksdesign` };
  let result: Awaited<ReturnType<typeof platform.saveDesign>>;
  try {
    result = await platform.saveDesign(text, suggested, saveAs || !file);
  } catch (err) {
    // The document stays open and dirty, and its backup stays, so nothing is lost; the message says why.
    store.setBanner({ kind: 'error', text: i18next.t('errors.saveFailed', { message: describe(err) }) });
    return false;
  }
  if (!result) return false;
  if ('conflict' in result) {
    store.setBanner({
      kind: 'error',
      text: i18next.t('errors.saveConflict'),
      action: { labelKey: 'cmd.file.saveAs', run: () => void save(true) },
    });
    return false;
  }
  store.markSaved(result.file);
  store.setBanner(null);
  await clearBackup();
  return true;
}
