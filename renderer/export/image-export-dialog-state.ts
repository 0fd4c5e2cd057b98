/** Whether the image export dialog is open, and the choice it last made (kept for the session). */
import { useSyncExternalStore } from 'react';
import type { ImageExportChoice, ImageFormat } from './image-export.js';

interface DialogState {
  open: boolean;
  choice: ImageExportChoice;
}

let state: DialogState = { open: false, choice: { format: 'png', scale: 2, background: true } };
const listeners = new Set<() => void>();

function set(next: DialogState): void {
  state = next;
  for (const l of listeners) l();
}

export const imageExportDialog = {
  /** Opens the dialog on `format` (Export PNG / Export SVG), with the scale and background last used. */
  open(format: ImageFormat): void {
    set({ open: true, choice: { ...state.choice, format } });
  },
  close(): void {
    set({ ...state, open: false });
  },
  choose(patch: Partial<ImageExportChoice>): void {
    set({ ...state, choice: { ...state.choice, ...patch } });
  },
};

export function useImageExportDialog(): DialogState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
