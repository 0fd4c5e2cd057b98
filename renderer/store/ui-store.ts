/** Transient UI state that is not part of the document (open dialogs). */
import { useSyncExternalStore } from 'react';

interface UiState {
  commandPaletteOpen: boolean;
}

let state: UiState = { commandPaletteOpen: false };
const listeners = new Set<() => void>();

export const ui = {
  get: (): UiState => state,
  set(patch: Partial<UiState>): void {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  },
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export function useUi<T>(select: (s: UiState) => T): T {
  return useSyncExternalStore(ui.subscribe, () => select(state));
}
