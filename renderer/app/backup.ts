/**
 * The backup of unsaved work, which the start screen offers back after a crash or a closed tab.
 *
 * It is written about a second after the last change (so typing does not serialize the design on every
 * key), and at once whenever it might be the last chance: before the design is replaced, and when the
 * page is hidden or (in the browser) unloaded: `visibilitychange` to hidden, `pagehide`. There the pending
 * write is flushed synchronously: the browser platform writes localStorage inside writeBackup before its
 * promise settles, so the flush lands even though the page goes away.
 */
import { serializeDesign, toDocument } from '../../shared/model/document.js';
import type { Design } from '../../shared/model/design.js';
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';
import { documentTitle } from './document-title.js';

const DELAY_MS = 1000;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Set once this session wrote or cleared the backup: what is stored is no longer an earlier session's. */
let touched = false;
let earlier: Promise<string | null> | undefined;

function writeNow(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!store.getState().dirty) return;
  let text: string;
  try {
    text = serializeDesign(toDocument(store.getState().design));
  } catch {
    // A design the loader would refuse is not backed up; the previous backup stays.
    return;
  }
  touched = true;
  void platform.writeBackup(text);
}

/** Writes the pending backup now (a no-op when the backup already holds the last edit). */
export function flushBackup(): void {
  if (timer !== undefined) writeNow();
}

/** Removes the backup: the work was saved, or the user chose to let it go. */
export function clearBackup(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  touched = true;
  return platform.writeBackup(null);
}

/**
 * The backup an earlier session left (after a crash or a closed tab), read once; null once this session
 * has written its own, so the start screen never offers the open design back as "last session's work".
 */
export async function backupFromEarlierSession(): Promise<string | null> {
  if (touched) return null;
  earlier ??= platform.readBackup();
  const text = await earlier;
  return touched ? null : text;
}

/** Backs up unsaved work after each change and when the page is hidden; returns the unsubscribe. */
export function watchBackups(): () => void {
  let last: Design | undefined;
  const off = store.subscribe(() => {
    const { design, dirty, screen, file } = store.getState();
    platform.setDocumentState({ title: documentTitle(file, design.name), dirty });
    if (design === last || screen !== 'editor') return;
    last = design;
    clearTimeout(timer);
    timer = setTimeout(writeNow, DELAY_MS);
  });
  // The desktop window unloads only after its close question was answered (electron/close.ts): Save and
  // Don't Save have dealt with the backup there, and a write now would bring Don't Save's work back.
  let closedWindow = false;
  const onPageHide = () => {
    if (platform.kind === 'electron') closedWindow = true;
    else flushBackup();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden' && !closedWindow) flushBackup();
  };
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    off();
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
