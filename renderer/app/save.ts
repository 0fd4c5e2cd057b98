/** Saving the open design through the Platform; the answer says whether the file was written. */
import { serializeDesign, toDocument } from '../../shared/model/document.js';
import { i18next } from '../i18n/index.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { clearBackup } from './backup.js';
import { reportError } from './report-error.js';

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
    reportError(err, { action: 'save' });
    return false;
  }
  const suggested = file ?? { name: `${design.name || 'design'}.eksdesign` };
  let result: Awaited<ReturnType<typeof platform.saveDesign>>;
  try {
    result = await platform.saveDesign(text, suggested, saveAs || !file);
  } catch (err) {
    // The document stays open and dirty, and its backup stays, so nothing is lost; the message says why.
    reportError(err, { action: 'save' });
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
