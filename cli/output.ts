/**
 * Pure formatting of what the commands print, so it is tested without spawning a process.
 */
import { countBySeverity } from '../shared/rules/engine.js';
import { renderDiagnostic } from '../shared/rules/messages.js';
import type { Diagnostic, Language, Severity } from '../shared/rules/types.js';

/** A diagnostic with its words, as `validate --format json` prints it. */
export interface DiagnosticOutput {
  ruleId: string;
  severity: Severity;
  message: string;
  fix: string;
  partIds: string[];
  source: string;
  /** Where in cluster.yaml, for findings of rules that check the exported ClusterConfig. */
  path?: string;
  /** On suppressed findings only: the reason and expiry of the suppression that accepted it. */
  suppression?: { reason: string; expires?: string };
}

export interface ValidationReport {
  /** The active findings: what the exit status and the counts go by. */
  diagnostics: DiagnosticOutput[];
  errors: number;
  warnings: number;
  infos: number;
  /** Findings the design's suppressions accepted, each with its `suppression`; not counted above. */
  suppressed: DiagnosticOutput[];
}

function toOutput(d: Diagnostic, lang: Language): DiagnosticOutput {
  const { message, fix } = renderDiagnostic(d, lang);
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message,
    fix,
    partIds: [...d.partIds],
    source: d.source,
    ...(d.configPath !== undefined ? { path: d.configPath } : {}),
    ...(d.suppression !== undefined ? { suppression: { ...d.suppression } } : {}),
  };
}

export function buildReport(
  diagnostics: readonly Diagnostic[],
  lang: Language,
  suppressed: readonly Diagnostic[] = [],
): ValidationReport {
  const counts = countBySeverity(diagnostics);
  return {
    diagnostics: diagnostics.map((d) => toOutput(d, lang)),
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    suppressed: suppressed.map((d) => toOutput(d, lang)),
  };
}

export function formatReportJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const FIX_LABEL: Record<Language, string> = { en: 'fix', ja: '修正方法' };

/**
 * Severity words as the line starts with them, padded to 7 terminal columns (a Japanese character takes
 * two), so messages line up under each other and under the fix's 8-column indent in both languages.
 */
export const SEVERITY_LABEL: Record<Language, Record<Severity, string>> = {
  en: { error: 'error  ', warning: 'warning', info: 'info   ' },
  ja: { error: 'エラー ', warning: '警告   ', info: '情報   ' },
};

/** One line per diagnostic, its fix indented below it. */
export function formatDiagnosticLines(report: ValidationReport, lang: Language): string[] {
  const width = Math.max(0, ...report.diagnostics.map((d) => d.ruleId.length));
  return report.diagnostics.flatMap((d) => {
    const parts = d.partIds.length > 0 ? ` [${d.partIds.join(', ')}]` : '';
    const at = d.path !== undefined ? ` (${lang === 'ja' ? '場所' : 'at'} ${d.path})` : '';
    const line = `${SEVERITY_LABEL[lang][d.severity]} ${d.ruleId.padEnd(width)}  ${d.message}${at}${parts}`;
    return d.fix ? [line, `        ${FIX_LABEL[lang]}: ${d.fix}`] : [line];
  });
}

/** `2 errors, 1 warning, 0 infos` (or the Japanese equivalent), then how many findings were suppressed. */
export function formatSummary(report: ValidationReport, lang: Language): string {
  const found = foundSummary(report, lang);
  const n = report.suppressed.length;
  if (n === 0) return found;
  if (lang === 'ja') return `${found}（抑制 ${n} 件: --no-suppressions で抑制せずに表示）`;
  return `${found} (${n} suppressed: --no-suppressions shows them)`;
}

function foundSummary(report: ValidationReport, lang: Language): string {
  if (lang === 'ja') {
    if (report.diagnostics.length === 0) return '問題は見つかりませんでした。';
    return `エラー ${report.errors} 件、警告 ${report.warnings} 件、情報 ${report.infos} 件`;
  }
  if (report.diagnostics.length === 0) return 'No problems found.';
  return [plural(report.errors, 'error'), plural(report.warnings, 'warning'), plural(report.infos, 'info')].join(', ');
}

export function formatReportText(report: ValidationReport, lang: Language): string {
  return `${[...formatDiagnosticLines(report, lang), formatSummary(report, lang)].join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
