/**
 * Applies a design's suppressions to the findings of a check. A finding of rule R is suppressed by a live
 * suppression of R on one of the finding's parts (the first such part), or else by one on the design. A
 * suppression is live until its expiry date: from that day on it suppresses nothing and is itself reported
 * (warning), so an accepted risk is looked at again. A live suppression that matches no finding is reported
 * (info), so it cannot lie in wait for a future finding, and so is one naming a rule that does not exist.
 */
import type { Design } from '../model/design.js';
import { allSuppressions, type PlacedSuppression, type Suppression } from '../model/suppressions.js';
import type { RuleRegistry } from './registry.js';
import type { Diagnostic, RuleContext, Severity } from './types.js';

/** Engine-level rule ids of the findings about suppressions themselves (texts in messages.ts). */
export const SUPPRESSION_RULE_IDS = {
  expired: 'design.suppression-expired',
  unused: 'design.suppression-unused',
  unknownRule: 'design.suppression-unknown-rule',
} as const;

/** Their severities: an expired suppression lets a finding back in, so it warns; the others are notes. */
export const SUPPRESSION_SEVERITY: Readonly<Record<string, Severity>> = {
  [SUPPRESSION_RULE_IDS.expired]: 'warning',
  [SUPPRESSION_RULE_IDS.unused]: 'info',
  [SUPPRESSION_RULE_IDS.unknownRule]: 'info',
};

export interface SuppressionResult {
  /** Findings still reported, plus the findings about suppressions (unsorted). */
  active: Diagnostic[];
  /** Findings a suppression accepted, each with `suppression` set. */
  suppressed: Diagnostic[];
}

/** Whether `s` still applies on `today` (both YYYY-MM-DD, so they compare as strings). */
export function isLive(s: Suppression, today: string): boolean {
  return s.expires === undefined || today < s.expires;
}

/** The live suppression that accepts `d`, if any: the first of its parts that has one, else the design's. */
export function suppressionFor(
  design: Design,
  d: Pick<Diagnostic, 'ruleId' | 'partIds'>,
  today: string,
): PlacedSuppression | undefined {
  return suppressionMatcher(design, today)(d);
}

/** suppressionFor with the design's parts indexed once, for matching many findings. */
export function suppressionMatcher(design: Design, today: string) {
  const partsById = new Map(design.parts.map((p) => [p.id, p]));
  return (d: Pick<Diagnostic, 'ruleId' | 'partIds'>): PlacedSuppression | undefined => {
    for (const id of d.partIds) {
      const s = partsById.get(id)?.suppressions?.find((x) => x.ruleId === d.ruleId && isLive(x, today));
      if (s) return { ...s, partId: id };
    }
    const s = design.suppressions?.find((x) => x.ruleId === d.ruleId && isLive(x, today));
    return s && { ...s };
  };
}

export function applySuppressions(
  design: Design,
  diagnostics: readonly Diagnostic[],
  ctx: RuleContext,
  registry: RuleRegistry,
): SuppressionResult {
  const placed = allSuppressions(design);
  if (placed.length === 0) return { active: [...diagnostics], suppressed: [] };
  const key = (s: { ruleId: string; partId?: string | undefined }) => `${s.partId ?? ''}\u0000${s.ruleId}`;
  const used = new Set<string>();
  const active: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  const match = suppressionMatcher(design, ctx.today);
  for (const d of diagnostics) {
    const s = match(d);
    if (!s) {
      active.push(d);
      continue;
    }
    used.add(key(s));
    suppressed.push({ ...d, suppression: { reason: s.reason, ...(s.expires !== undefined ? { expires: s.expires } : {}) } });
  }
  for (const s of placed) {
    const partIds = s.partId === undefined ? [] : [s.partId];
    if (!registry.get(s.ruleId)) active.push(about(SUPPRESSION_RULE_IDS.unknownRule, partIds, s));
    else if (!isLive(s, ctx.today)) active.push(about(SUPPRESSION_RULE_IDS.expired, partIds, s));
    else if (!used.has(key(s))) active.push(about(SUPPRESSION_RULE_IDS.unused, partIds, s));
  }
  return { active, suppressed };
}

function about(ruleId: string, partIds: string[], s: Suppression): Diagnostic {
  return {
    ruleId,
    severity: SUPPRESSION_SEVERITY[ruleId]!,
    partIds,
    messageKey: `${ruleId}.message`,
    fixKey: `${ruleId}.fix`,
    params: { rule: s.ruleId, reason: s.reason, expires: s.expires ?? '' },
    source: '',
  };
}
