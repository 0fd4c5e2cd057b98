/**
 * Adding and removing suppressions, as edits of the design (so undo and redo cover them). A suppression lives
 * on a part (`owner.partId`) or on the design as a whole (no `partId`); there is at most one per rule on each.
 */
import type { Design } from '../model/design.js';
import type { Part } from '../model/parts.js';
import { suppressionSchema, type Suppression, type SuppressionOwner } from '../model/suppressions.js';
import type { ErrorParams, ErrorText } from '../errors/localized.js';
import { zodIssueText } from '../model/zod-issue-text.js';
import { valueAtPath } from '../util/value-at-path.js';
import { EditError } from './errors.js';

/** The error text for `what` about `owner`'s suppressions: a part's names it, the design's does not. */
function ownerText(owner: SuppressionOwner, what: 'invalid' | 'duplicate' | 'missing', params: ErrorParams): ErrorText {
  return owner.partId === undefined
    ? { id: `edit.design-suppression-${what}`, params }
    : { id: `edit.suppression-${what}`, params: { ...params, id: owner.partId } };
}

function suppressionsOf(design: Design, owner: SuppressionOwner): readonly Suppression[] {
  if (owner.partId === undefined) return design.suppressions ?? [];
  const part = design.parts.find((p) => p.id === owner.partId);
  if (!part) throw new EditError('not-found', { id: 'edit.not-found', params: { id: owner.partId } });
  return part.suppressions ?? [];
}

/** The design with `owner`'s suppressions replaced by `list` (the key is left out when it is empty). */
function withSuppressions(design: Design, owner: SuppressionOwner, list: readonly Suppression[]): Design {
  const set = <T extends { suppressions?: Suppression[] }>(holder: T): T => {
    const { suppressions: _old, ...rest } = holder;
    return (list.length > 0 ? { ...rest, suppressions: [...list] } : rest) as T;
  };
  if (owner.partId === undefined) return set(design);
  return { ...design, parts: design.parts.map((p) => (p.id === owner.partId ? set<Part>(p) : p)) };
}

/**
 * Suppresses `suppression.ruleId` on `owner`. The reason is required and trimmed; an expiry must be a real
 * day. @throws EditError when the owner is missing, the input is invalid, or the rule is already suppressed there.
 */
export function addSuppression(design: Design, owner: SuppressionOwner, suppression: Suppression): Design {
  const parsed = suppressionSchema.safeParse(suppression);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EditError(
      'invalid-suppression',
      ownerText(owner, 'invalid', {
        path: issue.path.join('.') || 'suppression',
        detail: zodIssueText(issue, valueAtPath(suppression, issue.path)),
      }),
    );
  }
  const list = suppressionsOf(design, owner);
  if (list.some((s) => s.ruleId === parsed.data.ruleId)) {
    throw new EditError('duplicate', ownerText(owner, 'duplicate', { ruleId: parsed.data.ruleId }));
  }
  return withSuppressions(design, owner, [...list, parsed.data]);
}

/** Removes the suppression of `ruleId` from `owner`. @throws EditError when there is none. */
export function removeSuppression(design: Design, owner: SuppressionOwner, ruleId: string): Design {
  const list = suppressionsOf(design, owner);
  if (!list.some((s) => s.ruleId === ruleId)) {
    throw new EditError('not-found', ownerText(owner, 'missing', { ruleId }));
  }
  return withSuppressions(
    design,
    owner,
    list.filter((s) => s.ruleId !== ruleId),
  );
}
