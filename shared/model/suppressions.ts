/**
 * Suppressions: a part (or the whole design) may say "this rule does not apply here, because …", as linters
 * let a line say it. Each carries the rule id, a reason for the reviewer, and optionally the first day it no
 * longer applies. The rules engine (shared/rules/suppressions.ts) applies them after checking.
 */
import { z } from 'zod';
import { checkFailure } from './custom-check.js';

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-31')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    checkFailure('check.calendar-day'),
  );

export const suppressionSchema = z.strictObject({
  /** The rule whose findings are suppressed, e.g. `ng.spot-diversification`. */
  ruleId: z.string().trim().min(1, 'must name a rule').max(200),
  /** Why the finding is accepted here; shown next to the suppressed finding and in CI reports. */
  reason: z.string().trim().min(1, 'must say why the rule is suppressed').max(2000),
  /** The first day (UTC) the suppression no longer applies; from then on the finding is back, with a warning. */
  expires: isoDateSchema.optional(),
});
export type Suppression = z.infer<typeof suppressionSchema>;

/** How many suppressions one part (or the design) may hold. */
export const MAX_SUPPRESSIONS_PER_OWNER = 1000;

/** One suppression per rule per part (or per design): a second would leave it unclear which reason holds. */
export const suppressionsSchema = z
  .array(suppressionSchema)
  .max(MAX_SUPPRESSIONS_PER_OWNER)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.ruleId))
        ctx.addIssue({ code: 'custom', path: [i, 'ruleId'], ...checkFailure('check.suppressed-twice', { ruleId: s.ruleId }) });
      seen.add(s.ruleId);
    });
  });

/** Where a suppression lives: on a part, or on the design as a whole (`partId` undefined). */
export interface SuppressionOwner {
  partId?: string;
}

/** A suppression together with where it lives. */
export interface PlacedSuppression extends Suppression {
  partId?: string;
}

interface WithSuppressions {
  parts: readonly { id: string; suppressions?: readonly Suppression[] | undefined }[];
  suppressions?: readonly Suppression[] | undefined;
}

/** Every suppression in the design: the design's own first, then the parts' in design order. */
export function allSuppressions(design: WithSuppressions): PlacedSuppression[] {
  const out: PlacedSuppression[] = [];
  const own = design.suppressions ?? [];
  for (let i = 0; i < own.length; i++) out.push({ ...own[i]! });
  // Indexed: the engine asks on every validation, and for...of over a thousand parts allocates below TurboFan.
  const parts = design.parts;
  for (let i = 0; i < parts.length; i++) {
    const list = parts[i]!.suppressions;
    if (list) for (let k = 0; k < list.length; k++) out.push({ ...list[k]!, partId: parts[i]!.id });
  }
  return out;
}

/** How many suppressions name each rule id (for the rules reference). */
export function suppressionCountsByRule(design: WithSuppressions): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const s of allSuppressions(design)) counts.set(s.ruleId, (counts.get(s.ruleId) ?? 0) + 1);
  return counts;
}

/** Whether the design carries any suppression (decides the schema version a file is written with). */
export function hasSuppressions(design: WithSuppressions): boolean {
  return (design.suppressions?.length ?? 0) > 0 || design.parts.some((p) => (p.suppressions?.length ?? 0) > 0);
}
