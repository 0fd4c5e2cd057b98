/**
 * Runs the config rules (config-rule.ts) one cluster at a time: build the cluster's ClusterConfig view, run
 * every config rule and record every view fact on it, drop it, go to the next cluster. The findings are those
 * each rule's `check` would return over all views, in the same order; only the views' lifetime changes (one
 * at a time instead of all of them for the whole validation, which kept them alive through several garbage
 * collections and cost about a fifth of validation time).
 */
import type { DesignIndex } from '../model/design-index.js';
import { viewCheckOf, type ViewCheck } from './config-rule.js';
import { buildConfigView, failViewFacts, recordViewFacts, type ConfigView } from './config-view.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** A config rule's findings over every cluster, or what it threw (as its `check` would have). */
export type ViewPassOutcome = { findings: Finding[] } | { error: unknown };

/** The outcome of each config rule among `rules`; other rules are not in the map. */
export function runViewPass(index: DesignIndex, ctx: RuleContext, rules: readonly Rule[]): Map<Rule, ViewPassOutcome> {
  const checks: [Rule, ViewCheck][] = [];
  for (const rule of rules) {
    const check = viewCheckOf(rule);
    if (check) checks.push([rule, check]);
  }
  const outcomes = new Map<Rule, ViewPassOutcome>(checks.map(([rule]) => [rule, { findings: [] }]));
  if (checks.length === 0) return outcomes; // the view facts then build the views when first asked
  for (const cluster of index.ofKind('cluster')) {
    let view: ConfigView;
    try {
      view = buildConfigView(index, cluster);
    } catch (error) {
      // `check` builds every view before it looks at one, so the first view that cannot be built fails every
      // config rule, whatever they found in the clusters before it; the same goes for the view facts.
      for (const [rule] of checks) outcomes.set(rule, { error });
      failViewFacts(index, error);
      return outcomes;
    }
    recordViewFacts(index, view);
    for (const [rule, check] of checks) {
      const outcome = outcomes.get(rule)!;
      if (!('findings' in outcome)) continue; // `check` stops at a rule's first throw
      try {
        check(view, ctx, outcome.findings);
      } catch (error) {
        outcomes.set(rule, { error });
      }
    }
  }
  return outcomes;
}
