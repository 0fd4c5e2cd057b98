/**
 * Opening, saving and backing up documents through the Platform. A file that fails to load leaves the
 * current work untouched and shows why in the banner.
 */
import { i18next } from '../i18n/index.js';
import { DesignFileError } from '../../shared/model/errors.js';
import { parseDesignText, serializeDesign, toDocument } from '../../shared/model/document.js';
import type { Design } from '../../shared/model/design.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { platform } from '../platform/index.js';
import type { OpenedFile } from '../platform/types.js';
import { EMPTY_DESIGN, store } from '../store/app-store.js';
import { currentLanguage } from '../i18n/index.js';

function describe(err: unknown): string {
  if (err instanceof DesignFileError || err instanceof Error) return err.message;
  return String(err);
}

export function newDesign(): void {
  store.openDesign(EMPTY_DESIGN, null, true);
}

export function openTemplate(id: string): void {
  const info = TEMPLATES.find((t) => t.id === id);
  const doc = loadTemplate(id);
  let design: Design = doc.design;
  if (info && currentLanguage() === 'ja') {
    design = { ...design, parts: design.parts.map((p) => (info.notesJa[p.id] ? { ...p, note: info.notesJa[p.id]! } : p)) };
  }
  store.openDesign(design, null, false);
}

export function openText(file: OpenedFile, asSaved = true): boolean {
  try {
    const doc = parseDesignText(file.text);
    store.openDesign(doc.design, asSaved ? { name: file.name, ...(file.handle ? { handle: file.handle } : {}) } : null, asSaved);
    return true;
  } catch (err) {
    store.setBanner({ kind: 'error', text: i18next.t('errors.openFailed', { name: file.name, message: describe(err) }) });
    return false;
  }
}

/**
 * Files the OS hands over (double click, command line, a second launch, the native Open Recent).
 * Unsaved work is only replaced when the user agrees; it stays in the backup either way.
 */
export function watchOpenFiles(): () => void {
  return (
    platform.onOpenFile?.((file) => {
      const { dirty, screen } = store.getState();
      if (screen === 'editor' && dirty && !window.confirm(i18next.t('errors.replaceUnsaved', { name: file.name }))) return;
      openText(file);
    }) ?? (() => {})
  );
}

export async function openFile(): Promise<void> {
  const file = await platform.openDesign();
  if (file) openText(file);
}

export async function save(saveAs = false): Promise<void> {
  const { design, file } = store.getState();
  let text: string;
  try {
    text = serializeDesign(toDocument(design));
  } catch (err) {
    store.setBanner({ kind: 'error', text: describe(err) });
    return;
  }
  const suggested = file ?? { name: `${design.name || 'design'}.eksdesign` };
  let result: Awaited<ReturnType<typeof platform.saveDesign>>;
  try {
    result = await platform.saveDesign(text, suggested, saveAs || !file);
  } catch (err) {
    // The document stays open and dirty, and its backup stays, so nothing is lost; the message says why.
    store.setBanner({ kind: 'error', text: i18next.t('errors.saveFailed', { message: describe(err) }) });
    return;
  }
  if (!result) return;
  if ('conflict' in result) {
    store.setBanner({
      kind: 'error',
      text: i18next.t('errors.saveConflict'),
      action: { labelKey: 'cmd.file.saveAs', run: () => void save(true) },
    });
    return;
  }
  store.markSaved(result.file);
  store.setBanner(null);
  await platform.writeBackup(null);
}

let backupTimer: ReturnType<typeof setTimeout> | undefined;

/** Backs up unsaved work about a second after the last change; clears the backup once saved. */
export function watchBackups(): () => void {
  let last: Design | undefined;
  return store.subscribe(() => {
    const { design, dirty, screen, file } = store.getState();
    platform.setDocumentState({ title: file?.name ?? design.name, dirty });
    if (design === last || screen !== 'editor') return;
    last = design;
    clearTimeout(backupTimer);
    backupTimer = setTimeout(() => {
      if (!store.getState().dirty) return;
      try {
        void platform.writeBackup(serializeDesign(toDocument(store.getState().design)));
      } catch {
        // A design the loader would refuse is not backed up; the previous backup stays.
      }
    }, 1000);
  });
}
