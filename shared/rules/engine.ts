/**
 * Runs the rules over a design. The same function serves the canvas (on every edit), the main process
 * and the command line.
 */
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';
import type { Design } from '../model/design.js';
import { DesignIndex } from '../model/design-index.js';
import { diagnosticOf } from './diagnostic.js';
import { RULES, type RuleRegistry } from './registry.js';
import { applySuppressions } from './suppressions.js';
import { runViewPass } from './view-pass.js';
import type { Diagnostic, RuleContext, Severity } from './types.js';

/** Context for today (UTC) with the built-in version calendar. */
export function defaultRuleContext(now: Date = new Date()): RuleContext {
  return { today: now.toISOString().slice(0, 10), calendar: KUBERNETES_VERSION_CALENDAR };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What a check found: the findings to act on, and those the design's suppressions accepted. */
export interface CheckResult {
  /** Reported findings, including those about expired, unused or unknown suppressions. */
  active: Diagnostic[];
  /** Accepted findings, each with its `suppression` (reason, expiry). */
  suppressed: Diagnostic[];
}

export interface CheckOptions {
  /** false: report every finding as if the design had no suppressions (`--no-suppressions`). Default true. */
  suppressions?: boolean;
}

/**
 * Checks `design` against every rule and applies its suppressions (suppressions.ts). Both lists are sorted by
 * severity, rule id, then first part id, so output is stable. A rule that throws is reported as an internal
 * error of that rule instead of stopping validation.
 */
export function checkDesign(
  design: Design,
  ctx: RuleContext = defaultRuleContext(),
  registry: RuleRegistry = RULES,
  options: CheckOptions = {},
): CheckResult {
  const all = runRules(design, ctx, registry);
  if (options.suppressions === false) return { active: sortDiagnostics(all), suppressed: [] };
  const { active, suppressed } = applySuppressions(design, all, ctx, registry);
  return { active: sortDiagnostics(active), suppressed: sortDiagnostics(suppressed) };
}

/** The findings to act on (checkDesign's `active`): what the canvas, export and CI go by. */
export function validateDesign(
  design: Design,
  ctx: RuleContext = defaultRuleContext(),
  registry: RuleRegistry = RULES,
): Diagnostic[] {
  return checkDesign(design, ctx, registry).active;
}

function runRules(design: Design, ctx: RuleContext, registry: RuleRegistry): Diagnostic[] {
  const index = new DesignIndex(design);
  const out: Diagnostic[] = [];
  const rules = registry.all();
  // Config rules first, one cluster's view at a time; their findings join the others in registry order.
  const fromViews = runViewPass(index, ctx, rules);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    let findings;
    try {
      const outcome = fromViews.get(rule);
      if (outcome && 'error' in outcome) throw outcome.error;
      findings = outcome ? outcome.findings : rule.check(index, ctx);
    } catch (err) {
      out.push({
        ruleId: 'design.rule-failed',
        severity: 'warning',
        partIds: [],
        messageKey: 'design.rule-failed.message',
        fixKey: 'design.rule-failed.fix',
        params: { rule: rule.id, error: err instanceof Error ? err.message : String(err) },
        source: '',
      });
      continue;
    }
    // Indexed: most rules find nothing, and an iterator per rule costs more than the check before V8 optimises.
    for (let i = 0; i < findings.length; i++) out.push(diagnosticOf(rule, findings[i]!));
  }
  return out;
}

function sortDiagnostics(out: Diagnostic[]): Diagnostic[] {
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      (a.partIds[0] ?? '').localeCompare(b.partIds[0] ?? ''),
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
