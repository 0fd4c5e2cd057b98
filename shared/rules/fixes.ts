/**
 * "Apply fix" for a finding: the fix its rule defines, if any. The problems panel asks `fixedDesign` once
 * per finding to know whether to offer the button, and applies the same function as one undoable edit.
 */
import type { Design } from '../model/design.js';
import { RULES, type RuleRegistry } from './registry.js';
import type { Diagnostic } from './types.js';

/** The design with the finding fixed, or `design` itself when its rule has no fix or nothing to change. */
export function fixedDesign(design: Design, diagnostic: Diagnostic, registry: RuleRegistry = RULES): Design {
  const fix = registry.get(diagnostic.ruleId)?.fix;
  if (!fix) return design;
  try {
    return fix(design, diagnostic);
  } catch {
    // A fix that cannot make a valid design (the schema refused it) is simply not offered.
    return design;
  }
}

/** Whether "Apply fix" would change anything for this finding. */
export function canFix(design: Design, diagnostic: Diagnostic, registry: RuleRegistry = RULES): boolean {
  return fixedDesign(design, diagnostic, registry) !== design;
}
