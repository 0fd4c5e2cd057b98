/**
 * A design the rules say eksctl or EKS would reject, which the user can still export on purpose with `force`.
 */
import { renderDiagnostic } from '../rules/messages.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Diagnostic } from '../rules/types.js';
import { ExportError } from './errors.js';

export class ExportRefusedError extends ExportError {
  /** Every diagnostic of the design (errors first), so the caller can show or select them. */
  readonly diagnostics: readonly Diagnostic[];

  /** `registry` holds the rules whose texts render the message (default: every rule of the app). */
  constructor(diagnostics: readonly Diagnostic[], registry?: RuleRegistry) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.map((d) => {
      const parts = d.partIds.length > 0 ? ` (parts: ${d.partIds.join(', ')})` : '';
      return `- [${d.ruleId}] ${renderDiagnostic(d, 'en', registry).message}${parts}`;
    });
    super(
      `Export refused: the design has ${errors.length} error${errors.length === 1 ? '' : 's'} that eksctl or EKS would reject.\n` +
        `${lines.join('\n')}\nFix them, or export anyway with force.`,
    );
    this.name = 'ExportRefusedError';
    this.diagnostics = diagnostics;
  }
}
