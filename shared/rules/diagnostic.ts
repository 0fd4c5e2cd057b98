/** How a rule's finding becomes the diagnostic the canvas, CLI and reports show. */
import type { Diagnostic, Finding, Rule } from './types.js';

/**
 * The diagnostic of finding `f` of `rule`: the engine's for design and config rules, the design comparison's for
 * change rules (shared/rules/changes), so both report the same shape.
 */
export function diagnosticOf(rule: Pick<Rule, 'id' | 'severity' | 'source'>, f: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity: f.severity ?? rule.severity,
    partIds: f.partIds,
    messageKey: `${rule.id}.message`,
    fixKey: `${rule.id}.fix`,
    params: f.params ?? {},
    source: rule.source,
  };
  // Set afterwards rather than spread in: a spread in the literal builds each diagnostic the slow way.
  if (f.configPath !== undefined) diagnostic.configPath = f.configPath;
  return diagnostic;
}
