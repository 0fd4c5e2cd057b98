/**
 * Compare mode: the open design against another one (its last save, or a file). Read-only: the comparison is
 * of the design as it was when compare mode started, so any edit (inspector, undo, a key) or another document
 * leaves compare mode rather than showing a stale comparison.
 */
import { useSyncExternalStore } from 'react';
import { compareDesigns, type DesignComparison } from '../../shared/diff/index.js';
import type { Design } from '../../shared/model/design.js';
import { defaultRuleContext } from '../../shared/rules/engine.js';
import { store } from '../store/app-store.js';

export interface CompareMode {
  /** The other design (the comparison's first side) and what it is, for the panel's title. */
  before: Design;
  source: { kind: 'lastSave' } | { kind: 'file'; name: string };
  /** The open design the comparison was made of. */
  after: Design;
  comparison: DesignComparison;
}

let mode: CompareMode | null = null;
let stopWatching: (() => void) | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function compareMode(): CompareMode | null {
  return mode;
}

/** Compares the open design with `before` and shows the result until an edit, Escape or Close. */
export function startCompare(before: Design, source: CompareMode['source']): void {
  closeCompare();
  const ctx = defaultRuleContext();
  const after = store.editor.design;
  const comparison = compareDesigns(before, after, {
    today: ctx.today,
    ctx,
    beforeLabel: source.kind === 'file' ? source.name : 'saved',
    afterLabel: 'open',
  });
  mode = { before, source, after, comparison };
  stopWatching = store.subscribe(() => {
    const s = store.getState();
    if (s.design !== after || s.screen !== 'editor') closeCompare();
  });
  emit();
}

export function closeCompare(): void {
  stopWatching?.();
  stopWatching = null;
  if (!mode) return;
  mode = null;
  emit();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useCompareMode(): CompareMode | null {
  return useSyncExternalStore(subscribe, compareMode);
}
