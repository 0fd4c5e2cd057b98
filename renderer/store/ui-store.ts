/** Transient UI state that is not part of the document (open dialogs, which panels show). */
import { useSyncExternalStore } from 'react';

export interface UiState {
  commandPaletteOpen: boolean;
  /** The command palette's "Add part…" list of part kinds. */
  addPartOpen: boolean;
  aboutOpen: boolean;
  rulesReferenceOpen: boolean;
  showMinimap: boolean;
  showYamlPreview: boolean;
  showProblems: boolean;
  showCost: boolean;
}

let state: UiState = {
  commandPaletteOpen: false,
  addPartOpen: false,
  aboutOpen: false,
  rulesReferenceOpen: false,
  showMinimap: true,
  showYamlPreview: true,
  showProblems: true,
  showCost: false,
};
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
