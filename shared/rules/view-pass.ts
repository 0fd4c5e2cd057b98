/**
 * Runs the config rules (config-rule.ts) one cluster at a time: build the cluster's ClusterConfig view, run
 * every config rule and record every view fact on it, drop it, go to the next cluster. The findings are those
 * each rule's `check` would return over all views, in the same order; only the views' lifetime changes (one
 * at a time instead of all of them for the whole validation, which kept them alive through several garbage
 * collections and cost about a fifth of validation time).
 */
import type { DesignIndex } from '../model/design-index.js';
import { addConfigFindings, configHasAny, viewRunOf, type CheckConfig, type ConfigKey } from './config-rule.js';
import { buildConfigView, failViewFacts, recordViewFacts, type ConfigView } from './config-view.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** A config rule's findings over every cluster, or what it threw (as its `check` would have). */
export type ViewPassOutcome = { findings: Finding[] } | { error: unknown };

/** The outcome of each config rule among `rules`; other rules are not in the map. */
export function runViewPass(index: DesignIndex, ctx: RuleContext, rules: readonly Rule[]): Map<Rule, ViewPassOutcome> {
  // Parallel arrays walked by index: this loop runs once per config rule and cluster (about 4,000 times per
  // validation of a 1,000-part design), mostly before V8 optimises it, where tuple destructuring and a Map
  // lookup per step cost more than the rules they call.
  const configRules: Rule[] = [];
  const checks: CheckConfig[] = [];
  const needs: (readonly ConfigKey[] | undefined)[] = [];
  const findings: Finding[][] = [];
  for (const rule of rules) {
    const run = viewRunOf(rule);
    if (!run) continue;
    configRules.push(rule);
    checks.push(run.checkConfig);
    needs.push(run.needs);
    findings.push([]);
  }
  const failed: (ViewPassOutcome | undefined)[] = new Array<ViewPassOutcome | undefined>(checks.length).fill(undefined);
  const outcomes = (): Map<Rule, ViewPassOutcome> =>
    new Map(configRules.map((rule, i) => [rule, failed[i] ?? { findings: findings[i]! }]));
  if (checks.length === 0) return outcomes(); // the view facts then build the views when first asked
  const clusters = index.ofKind('cluster');
  for (let c = 0; c < clusters.length; c++) {
    let view: ConfigView;
    try {
      view = buildConfigView(index, clusters[c]!);
    } catch (error) {
      // `check` builds every view before it looks at one, so the first view that cannot be built fails every
      // config rule, whatever they found in the clusters before it; the same goes for the view facts.
      failed.fill({ error });
      failViewFacts(index, error);
      return outcomes();
    }
    recordViewFacts(index, view);
    const config = view.config;
    for (let i = 0; i < checks.length; i++) {
      if (failed[i] !== undefined) continue; // `check` stops at a rule's first throw
      if (!configHasAny(config, needs[i])) continue;
      try {
        const found = checks[i]!(view, ctx);
        if (found.length > 0) addConfigFindings(view, found, findings[i]!);
      } catch (error) {
        failed[i] = { error };
      }
    }
  }
  return outcomes();
}
