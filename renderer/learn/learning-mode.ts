/**
 * Learning mode on and off (View > Learning mode), and which concept the Learn panel explains: the clicked
 * finding's rule area while its selection stands, otherwise the selected part's kind.
 */
import { CONCEPT_OF_AREA, CONCEPT_OF_KIND, type ConceptId } from '../../shared/learn/index.js';
import type { PartKind } from '../../shared/model/parts.js';
import { RULES } from '../../shared/rules/registry.js';
import { store } from '../store/app-store.js';
import { ui } from '../store/ui-store.js';
import { storeLearningMode } from './learning-mode-storage.js';

export function setLearningMode(on: boolean): void {
  storeLearningMode(globalThis.localStorage, on);
  ui.set({ learningMode: on, learnFinding: null });
}

/** Called when a finding is shown from the problems panel (after it selected the finding's part). */
export function noteFinding(ruleId: string): void {
  if (!ui.get().learningMode) return;
  ui.set({ learnFinding: { ruleId, selection: store.getState().selection } });
}

/** What the Learn panel explains, and why (a finding or a part), or null when nothing is selected. */
export type LearnSubject =
  { from: 'finding'; ruleId: string; concept: ConceptId } | { from: 'part'; kind: PartKind; name: string; concept: ConceptId };

export function learnSubject(
  selection: readonly string[],
  finding: { ruleId: string; selection: readonly string[] } | null,
  partOf: (id: string) => { kind: PartKind; name: string } | undefined,
): LearnSubject | null {
  if (finding && finding.selection === selection) {
    const rule = RULES.get(finding.ruleId);
    if (rule) return { from: 'finding', ruleId: rule.id, concept: CONCEPT_OF_AREA[rule.area] };
  }
  for (const id of selection) {
    const part = partOf(id);
    if (part) return { from: 'part', kind: part.kind, name: part.name, concept: CONCEPT_OF_KIND[part.kind] };
  }
  return null;
}
