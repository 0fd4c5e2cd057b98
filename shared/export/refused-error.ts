/**
 * A design the rules say eksctl or EKS would reject, which the user can still export on purpose with `force`.
 */
import { joinList } from '../i18n/join-list.js';
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
    const lines = (lang: 'en' | 'ja') =>
      errors
        .map((d) => {
          const parts = d.partIds.length > 0 ? ` (${lang === 'en' ? 'parts' : 'パーツ'}: ${joinList(d.partIds, lang)})` : '';
          return `- [${d.ruleId}] ${renderDiagnostic(d, lang, registry).message}${parts}`;
        })
        .join('\n');
    super('refused', {
      id: 'export.refused',
      params: { count: errors.length, noun: errors.length === 1 ? 'error' : 'errors', lines: lines('en'), linesJa: lines('ja') },
    });
    this.name = 'ExportRefusedError';
    this.diagnostics = diagnostics;
  }
}
