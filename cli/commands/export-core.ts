/**
 * What `export` decides, apart from reading and writing files: which cluster, whether the design may be
 * exported, and how a refusal reads on the terminal.
 */
import type { Design } from '../../shared/model/design.js';
import { ExportError, ExportRefusedError, exportEksctlYaml } from '../../shared/export/index.js';
import { renderDiagnostic } from '../../shared/rules/messages.js';
import type { Diagnostic, RuleContext } from '../../shared/rules/types.js';
import { CliError, EXIT } from '../errors.js';

export interface ExportRequest {
  force: boolean;
  /** `--cluster`: a cluster's name or part id. */
  cluster?: string;
  /** The design file, for messages. */
  file: string;
  /** Date and calendar the rules run with. */
  ctx: RuleContext;
  /** false (`--no-suppressions`): the design's suppressions are ignored. Default true. */
  suppressions?: boolean;
}

export interface ExportOutcome {
  yaml: string;
  /** Lines for stderr: what a forced export went past. */
  warnings: string[];
}

/**
 * The part id of the cluster to export: the one `--cluster` names, or undefined to let the exporter take
 * the only cluster. @throws CliError (exit 2) when the name matches nothing, or several clusters need a choice.
 */
export function resolveClusterId(design: Design, request: ExportRequest): string | undefined {
  const clusters = design.parts.filter((p) => p.kind === 'cluster');
  const names = clusters.map((c) => c.name).join(', ');
  if (request.cluster === undefined) {
    if (clusters.length > 1) {
      throw new CliError(
        `${request.file}: the design has ${clusters.length} clusters (${names}); choose one with --cluster <name>`,
      );
    }
    return undefined;
  }
  const byId = clusters.find((c) => c.id === request.cluster);
  if (byId) return byId.id;
  const byName = clusters.filter((c) => c.name === request.cluster);
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) {
    const ids = byName.map((c) => c.id).join(', ');
    throw new CliError(`${request.file}: several clusters are named "${request.cluster}"; pass the part id instead (${ids})`);
  }
  const known = clusters.length > 0 ? `; its clusters are: ${names}` : '; it has no cluster';
  throw new CliError(`${request.file}: no cluster named "${request.cluster}"${known}`);
}

/** One indented line per diagnostic, for stderr. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  const width = Math.max(0, ...diagnostics.map((d) => d.ruleId.length));
  return diagnostics.map((d) => {
    const parts = d.partIds.length > 0 ? ` [${d.partIds.join(', ')}]` : '';
    return `  ${d.severity.padEnd(7)} ${d.ruleId.padEnd(width)}  ${renderDiagnostic(d, 'en').message}${parts}`;
  });
}

/** The YAML of the design's cluster. @throws CliError: exit 1 when refused or not exportable, 2 for bad --cluster. */
export function exportDesign(design: Design, request: ExportRequest): ExportOutcome {
  const clusterId = resolveClusterId(design, request);
  try {
    const result = exportEksctlYaml(design, {
      force: request.force,
      ctx: request.ctx,
      suppressions: request.suppressions !== false,
      ...(clusterId !== undefined ? { clusterId } : {}),
    });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const warnings =
      errors.length === 0
        ? []
        : [`eks-sandbox: warning: exported with ${countText(errors.length)} because of --force`, ...diagnosticLines(errors)];
    return { yaml: result.yaml, warnings: [...warnings, ...suppressedLines(result.suppressed.length)] };
  } catch (err) {
    if (err instanceof ExportRefusedError) {
      const errors = err.diagnostics.filter((d) => d.severity === 'error');
      throw new CliError(
        `${request.file}: not exported: the design has ${countText(errors.length)}; fix them, or pass --force to export anyway`,
        EXIT.designErrors,
        diagnosticLines(errors),
      );
    }
    if (err instanceof ExportError) throw new CliError(`${request.file}: cannot export: ${err.message}`, EXIT.designErrors);
    throw err;
  }
}

/** What stderr says about suppressed findings: how many, and how to see them. */
function suppressedLines(n: number): string[] {
  if (n === 0) return [];
  const what = n === 1 ? '1 finding was' : `${n} findings were`;
  return [`eks-sandbox: ${what} suppressed by the design's suppressions (--no-suppressions to export without them)`];
}

function countText(n: number): string {
  return `${n} error-level finding${n === 1 ? '' : 's'}`;
}
