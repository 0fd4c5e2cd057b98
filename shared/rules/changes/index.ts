/** The rules about changes between two revisions of a design, and how the design comparison runs them. */
import { diagnosticOf } from '../diagnostic.js';
import type { Diagnostic, Language, RuleText } from '../types.js';
import type { ChangeRule, ClusterPart } from './define.js';
import { ipFamilyImmutable } from './ip-family-immutable.js';
import { upgradeOneMinor } from './upgrade-one-minor.js';

export type { ChangeRule, ClusterPart };

export const CHANGE_RULES: readonly ChangeRule[] = [upgradeOneMinor, ipFamilyImmutable];

const BY_ID = new Map(CHANGE_RULES.map((r) => [r.id, r]));

/** A change rule's texts, for messages.ts. */
export function changeRuleText(ruleId: string, lang: Language): RuleText | undefined {
  return BY_ID.get(ruleId)?.text[lang];
}

/**
 * The findings about clusters that are in both designs: each pair is one EKS cluster only when its name and
 * Region are the same (a renamed cluster, or one moved to another Region, is a new cluster, where anything goes).
 */
export function checkClusterChanges(pairs: readonly { before: ClusterPart; after: ClusterPart }[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { before, after } of pairs) {
    if (before.name !== after.name || before.props.region !== after.props.region) continue;
    for (const rule of CHANGE_RULES) for (const f of rule.checkChange(before, after)) out.push(diagnosticOf(rule, f));
  }
  return out;
}
