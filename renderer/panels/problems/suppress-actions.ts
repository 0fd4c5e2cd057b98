/**
 * Suppressing a finding's rule and removing a suppression, from the problems panel and the inspector. Both
 * are edits of the design through the editor, so Ctrl+Z undoes them like any other change.
 */
import { addSuppression, removeSuppression } from '../../../shared/editor/suppressions.js';
import type { SuppressionOwner } from '../../../shared/model/suppressions.js';
import { defaultRuleContext } from '../../../shared/rules/engine.js';
import { RULES } from '../../../shared/rules/registry.js';
import { announce } from '../../app/announce.js';
import { askSuppression } from '../../app/SuppressDialog.js';
import { i18next } from '../../i18n/index.js';
import { store } from '../../store/app-store.js';

/** Whether a finding of `ruleId` can be suppressed: only real rules (not the engine's own findings). */
export function canSuppress(ruleId: string): boolean {
  return RULES.get(ruleId) !== undefined;
}

function edit(run: () => boolean, done: string): void {
  try {
    if (run()) announce(done);
  } catch (err) {
    store.setBanner({
      kind: 'error',
      text: i18next.t('errors.edit', { message: err instanceof Error ? err.message : String(err) }),
    });
  }
}

/** Asks for a reason (and an optional expiry), then suppresses `ruleId` on `owner`. */
export async function suppressRule(ruleId: string, owner: SuppressionOwner): Promise<void> {
  const part = owner.partId === undefined ? undefined : store.getState().design.parts.find((p) => p.id === owner.partId);
  const answer = await askSuppression({ ruleId, partName: part?.name, today: defaultRuleContext().today });
  if (!answer) return;
  edit(
    () => store.editor.apply((d) => addSuppression(d, owner, { ruleId, ...answer })),
    i18next.t('suppressions.suppressed', { id: ruleId }),
  );
}

export function unsuppressRule(ruleId: string, owner: SuppressionOwner): void {
  edit(() => store.editor.apply((d) => removeSuppression(d, owner, ruleId)), i18next.t('suppressions.removed', { id: ruleId }));
}
