/**
 * Runs the config rules (config-rule.ts) one cluster at a time: build the cluster's ClusterConfig view, run
 * every config rule and record every view fact on it, drop it, go to the next cluster. The findings are those
 * each rule's `check` would return over all views, in the same order; only the views' lifetime changes (one
 * at a time instead of all of them for the whole validation, which kept them alive through several garbage
 * collections and cost about a fifth of validation time).
 */
import type { DesignIndex } from '../model/design-index.js';
import { NeedSet, type ConfigNeed } from './config-needs.js';
import { addConfigFindings, viewRunOf, type CheckConfig } from './config-rule.js';
import type { EksctlClusterConfig } from './config-view.js';
import { buildConfigView, failViewFacts, recordViewFacts, type ConfigView } from './config-view.js';
import type { Finding, Rule, RuleContext } from './types.js';

/** A config rule's findings over every cluster, or what it threw (as its `check` would have). */
export type ViewPassOutcome = { findings: Finding[] } | { error: unknown };

/** The outcome of each config rule among `rules`; other rules are not in the map. */
export function runViewPass(index: DesignIndex, ctx: RuleContext, rules: readonly Rule[]): Map<Rule, ViewPassOutcome> {
  const plan = planOf(rules);
  const { configRules, checks } = plan;
  // Parallel arrays walked by index: this loop runs once per config rule and cluster (thousands of times per
  // validation of a 1,000-part design), mostly before V8 optimises it, where tuple destructuring and a Map
  // lookup per step cost more than the rules they call.
  const findings: Finding[][] = [];
  for (let i = 0; i < checks.length; i++) findings.push([]);
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
    const run = plan.applicable.to(view.config);
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

/** What the pass needs to know about a list of rules: which are config rules, and which apply to a config. */
interface Plan {
  readonly configRules: readonly Rule[];
  readonly checks: readonly CheckConfig[];
  readonly applicable: RulesByNeeds;
}

/**
 * Plans by the rule list they were made for. A registry hands out the same list until a rule is added
 * (registry.ts), and a plan depends on nothing else, so it is made once instead of on every validation.
 */
const PLANS = new WeakMap<readonly Rule[], Plan>();

function planOf(rules: readonly Rule[]): Plan {
  let plan = PLANS.get(rules);
  if (plan === undefined) {
    const configRules: Rule[] = [];
    const checks: CheckConfig[] = [];
    const needs: (readonly ConfigNeed[] | undefined)[] = [];
    for (const rule of rules) {
      const run = viewRunOf(rule);
      if (!run) continue;
      configRules.push(rule);
      checks.push(run.checkConfig);
      needs.push(run.needs);
    }
    plan = { configRules, checks, applicable: new RulesByNeeds(needs) };
    PLANS.set(rules, plan);
  }
  return plan;
}

/**
 * Which config rules apply to a config (config-rule.ts `needs`), by which of the fields they need it holds. The
 * clusters of a design mostly hold the same of those fields, so the list is worked out once per combination
 * instead of testing about a hundred rules on each of fifty clusters.
 */
class RulesByNeeds {
  private readonly fields: NeedSet;
  /** Per rule: the fields it needs as words of bits (NeedSet.held); empty when it needs nothing and always runs. */
  private readonly masks: number[][] = [];
  private readonly lists = new Map<string, number[]>();

  constructor(needs: readonly (readonly ConfigNeed[] | undefined)[]) {
    const fields: ConfigNeed[] = [];
    for (const list of needs) for (const need of list ?? []) if (!fields.includes(need)) fields.push(need);
    this.fields = new NeedSet(fields);
    for (const list of needs) this.masks.push(list ? this.fields.maskOf(list) : []);
  }

  /** Indices (into the rules given to the constructor) of the rules to run on `config`, in order. */
  to(config: EksctlClusterConfig): readonly number[] {
    const held = this.fields.held(config);
    const key = held.length === 1 ? String(held[0]) : held.join(',');
    let list = this.lists.get(key);
    if (list === undefined) {
      list = [];
      for (let i = 0; i < this.masks.length; i++) if (applies(this.masks[i]!, held)) list.push(i);
      this.lists.set(key, list);
    }
    return list;
  }
}

/** Whether a rule with `mask` runs on a config holding `held`: it needs nothing, or one of the fields held. */
function applies(mask: readonly number[], held: readonly number[]): boolean {
  if (mask.length === 0) return true;
  for (let w = 0; w < mask.length; w++) if ((mask[w]! & held[w]!) !== 0) return true;
  return false;
}
