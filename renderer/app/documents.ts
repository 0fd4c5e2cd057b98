/**
 * Opening documents through the Platform. Each opening goes through replaceDesign, which asks before
 * unsaved work is replaced. A file that fails to load leaves the current work untouched and shows why
 * in the banner. (Saving is in save.ts, the backup in backup.ts.)
 */
import { parseDesignText } from '../../shared/model/document.js';
import type { Design } from '../../shared/model/design.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { platform } from '../platform/index.js';
import type { OpenedFile } from '../platform/types.js';
import { EMPTY_DESIGN, store } from '../store/app-store.js';
import { currentLanguage } from '../i18n/index.js';
import { replaceDesign } from './replace-design.js';
import { reportError } from './report-error.js';

export function newDesign(): Promise<boolean> {
  return replaceDesign(() => store.openDesign(EMPTY_DESIGN, null, true));
}

export function openTemplate(id: string): Promise<boolean> {
  const info = TEMPLATES.find((t) => t.id === id);
  const doc = loadTemplate(id);
  let design: Design = doc.design;
  if (info && currentLanguage() === 'ja') {
    // In Japanese the template opens with its Japanese title, description and part notes, as the start screen
    // showed it (the files under templates/ keep the English ones, so their cluster.yaml never changes).
    design = {
      ...design,
      name: info.title.ja,
      description: info.description.ja,
      parts: design.parts.map((p) => (info.notesJa[p.id] ? { ...p, note: info.notesJa[p.id]! } : p)),
    };
  }
  // A template as it comes has nothing of the user's in it, so it counts as saved (nothing to lose, no
  // question before it is replaced); Save still asks for a file name because there is no file yet.
  return replaceDesign(() => store.openDesign(design, null, true));
}

/** Opens a design file's text; false (and a banner) when it does not load or the user kept the open design. */
export async function openText(file: OpenedFile, asSaved = true): Promise<boolean> {
  let design: Design;
  try {
    design = parseDesignText(file.text).design;
  } catch (err) {
    reportError(err, { action: 'open', name: file.name });
    return false;
  }
  const ref = asSaved ? { name: file.name, ...(file.handle ? { handle: file.handle } : {}) } : null;
  return replaceDesign(() => store.openDesign(design, ref, asSaved));
}

/**
 * Files the OS hands over (double click, command line, a second launch, the native Open Recent). Unsaved
 * work is only replaced when the user agrees.
 */
export function watchOpenFiles(): () => void {
  return platform.onOpenFile?.((file) => void openText(file)) ?? (() => {});
}

export async function openFile(): Promise<void> {
  const file = await platform.openDesign();
  if (file) await openText(file);
}
