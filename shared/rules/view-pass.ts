/**
 * Runs the config rules (config-rule.ts) one cluster at a time: build the cluster's ClusterConfig view, run
 * every config rule and record every view fact on it, drop it, go to the next cluster. The findings are those
 * each rule's `check` would return over all views, in the same order; only the views' lifetime changes (one
 * at a time instead of all of them for the whole validation, which kept them alive through several garbage
 * collections and cost about a fifth of validation time).
 */
import type { DesignIndex } from '../model/design-index.js';
import { addConfigFindings, configHasAny, viewRunOf, type CheckConfig, type ConfigKey } from './config-rule.js';
import type { EksctlClusterConfig } from './config-view.js';
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
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
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
  const applicable = new RulesByKeys(needs);
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
    const run = applicable.to(view.config);
    for (let r = 0; r < run.length; r++) {
      const i = run[r]!;
      if (failed[i] !== undefined) continue; // `check` stops at a rule's first throw
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

/** Bits of a number the `|` operator keeps: with more needed keys than this, each rule is tested on each config. */
const MASK_BITS = 30;

/**
 * Which config rules apply to a config (config-rule.ts `needs`), by which of the keys they need it holds. The
 * clusters of a design mostly hold the same of those keys, so the list is worked out once per combination
 * instead of testing about ninety rules on each of fifty clusters.
 */
class RulesByKeys {
  private readonly keys: ConfigKey[] = [];
  /** Per rule: bit j set when it needs keys[j]; 0 when it needs nothing and always runs. */
  private readonly masks: number[] = [];
  private readonly lists = new Map<number, number[]>();

  constructor(private readonly needs: readonly (readonly ConfigKey[] | undefined)[]) {
    // Indexed loops: built on every validation, over about ninety rules, mostly below TurboFan.
    for (let r = 0; r < needs.length; r++) {
      const list = needs[r];
      if (list) for (let k = 0; k < list.length; k++) if (!this.keys.includes(list[k]!)) this.keys.push(list[k]!);
    }
    for (let r = 0; r < needs.length; r++) {
      const list = needs[r];
      let mask = 0;
      if (list) for (let k = 0; k < list.length; k++) mask |= 1 << this.keys.indexOf(list[k]!);
      this.masks.push(mask);
    }
  }

  /** Indices (into `needs`) of the rules to run on `config`, in order. */
  to(config: EksctlClusterConfig): readonly number[] {
    if (this.keys.length > MASK_BITS) return this.tested(config);
    let held = 0;
    for (let j = 0; j < this.keys.length; j++) if (config[this.keys[j]!] !== undefined) held |= 1 << j;
    let list = this.lists.get(held);
    if (list === undefined) {
      list = [];
      for (let i = 0; i < this.masks.length; i++) if (this.masks[i] === 0 || (this.masks[i]! & held) !== 0) list.push(i);
      this.lists.set(held, list);
    }
    return list;
  }

  private tested(config: EksctlClusterConfig): number[] {
    const list: number[] = [];
    for (let i = 0; i < this.needs.length; i++) if (configHasAny(config, this.needs[i])) list.push(i);
    return list;
  }
}
