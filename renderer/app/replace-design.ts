/**
 * The one guard in front of everything that replaces the open design (New, Open…, a template or the
 * blank design, Import eksctl YAML, a dropped file, a recent file, a file the OS hands over, restoring
 * a backup). With unsaved changes it asks Save / Don't Save / Cancel, and replaces the design only if
 * the changes were saved or let go. Callers load and check the new design first, so a file that fails
 * to load never costs the user a question, and a "Don't Save" is always followed by the replacement.
 */
import { store } from '../store/app-store.js';
import { clearBackup, flushBackup } from './backup.js';
import { save } from './save.js';
import { askUnsavedChanges } from './UnsavedChangesDialog.js';
import { documentTitle } from './document-title.js';

/** Whether the open design may be replaced now (asking first when it has unsaved changes). */
export async function confirmReplace(): Promise<boolean> {
  const { dirty, design, file } = store.getState();
  if (!dirty) return true;
  // Whatever happens next (a crash while the question is open, a closed tab), the backup holds the last edit.
  flushBackup();
  const choice = await askUnsavedChanges(documentTitle(file, design.name));
  if (choice === 'cancel') return false;
  // A cancelled or failed save replaces nothing: the design stays open, unsaved and backed up.
  if (choice === 'save') return save(false);
  // "Don't Save" is the user letting these changes go, so their backup goes too, as when the window is
  // closed with Don't Save (electron/close.ts) and as in VS Code: keeping it would offer the discarded
  // work back on the next start as if it had been lost. Until the answer the backup was kept.
  await clearBackup();
  return true;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Replaces the open design with what `open` loads, once confirmReplace agrees. Requests run one after
 * another, so a second one (a file the OS hands over while the question is open) asks about the design
 * that is open by then, not the one the first request replaced.
 */
export function replaceDesign(open: () => void): Promise<boolean> {
  const run = queue.then(async () => {
    if (!(await confirmReplace())) return false;
    open();
    return true;
  });
  queue = run.catch(() => undefined);
  return run;
}
