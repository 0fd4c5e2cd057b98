/**
 * The browser build's "Leave site?" question while the design has unsaved changes (closing the tab,
 * reloading, navigating away). The desktop window asks its own Save / Don't Save / Cancel on close
 * (electron/close.ts), and a beforeunload handler there would silently keep the window open, so this
 * guard is for the web platform only. The backup is flushed on pagehide either way (backup.ts).
 */
import { platform } from '../platform/index.js';
import { store } from '../store/app-store.js';

export function watchUnload(): () => void {
  if (platform.kind !== 'web') return () => {};
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!store.getState().dirty) return;
    e.preventDefault();
    // Older Chromium versions (and Electron's) ask only when returnValue is set.
    e.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
