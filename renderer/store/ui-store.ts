/** Transient UI state that is not part of the document (open dialogs, which panels show). */
import { useSyncExternalStore } from 'react';
import { storedLearningMode } from '../learn/learning-mode-storage.js';

/** A page of Help > Learn: a concept, or the "why this pattern" page of a template. */
export type LearnPage = { kind: 'concept'; id: string } | { kind: 'pattern'; id: string };

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
  /** Learning mode: the Learn panel explains the selected part or finding. Remembered across starts. */
  learningMode: boolean;
  /** Help > Learn is open, at this page (or its first page when null). */
  learnOpen: boolean;
  learnPage: LearnPage | null;
  /**
   * The finding last clicked in the problems panel, with the selection that click made: while the selection
   * is still that one, the Learn panel explains the finding's rule area rather than the selected part's kind.
   */
  learnFinding: { ruleId: string; selection: readonly string[] } | null;
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
  learningMode: storedLearningMode(globalThis.localStorage),
  learnOpen: false,
  learnPage: null,
  learnFinding: null,
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
