/**
 * What `export` decides, apart from reading and writing files: which cluster, whether the design may be
 * exported, and how a refusal reads on the terminal. `manifests` and `bundle` go through the same gate
 * (the rules, the design's suppressions unless --no-suppressions, --force), so the three refuse alike.
 */
import type { Design } from '../../shared/model/design.js';
import { localizeError } from '../../shared/errors/localized.js';
import { ExportError, ExportRefusedError, exportEksctlYaml } from '../../shared/export/index.js';
import { renderDiagnostic } from '../../shared/rules/messages.js';
import type { Diagnostic, Language, RuleContext } from '../../shared/rules/types.js';
import { CliError, EXIT } from '../errors.js';
import { counted, renderText, text, type CliText } from '../i18n/render.js';
import { SEVERITY_LABEL } from '../output.js';

/** What the gate is asked for: the words of its refusal and warnings differ, the decision does not. */
export type GateAction = 'export' | 'manifests' | 'bundle';

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
  /** Language of the warnings (refusals are CliErrors, rendered by main.ts). Default en. */
  lang?: Language;
  /** Which command asks; default export. */
  action?: GateAction;
}

export interface ExportOutcome {
  yaml: string;
  /** Lines for stderr: what a forced export went past, how many findings were suppressed. */
  warnings: string[];
}

/**
 * The part id of the cluster to export: the one `--cluster` names, or undefined to let the exporter take
 * the only cluster. @throws CliError (exit 2) when the name matches nothing, or several clusters need a choice.
 */
export function resolveClusterId(design: Design, request: ExportRequest): string | undefined {
  const { file } = request;
  const clusters = design.parts.filter((p) => p.kind === 'cluster');
  const names = clusters.map((c) => c.name);
  if (request.cluster === undefined) {
    if (clusters.length > 1) throw new CliError(text('cluster.several', { file, count: clusters.length, names }));
    return undefined;
  }
  const name = request.cluster;
  const byId = clusters.find((c) => c.id === name);
  if (byId) return byId.id;
  const byName = clusters.filter((c) => c.name === name);
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) throw new CliError(text('cluster.same-name', { file, name, ids: byName.map((c) => c.id) }));
  throw new CliError(text(clusters.length > 0 ? 'cluster.unknown' : 'cluster.unknown-none', { file, name, names }));
}

/** One indented line per diagnostic, for stderr, in `lang`. */
export function diagnosticLines(diagnostics: readonly Diagnostic[], lang: Language = 'en'): string[] {
  const width = Math.max(0, ...diagnostics.map((d) => d.ruleId.length));
  return diagnostics.map((d) => {
    const parts = d.partIds.length > 0 ? ` [${d.partIds.join(', ')}]` : '';
    return `  ${SEVERITY_LABEL[lang][d.severity]} ${d.ruleId.padEnd(width)}  ${renderDiagnostic(d, lang).message}${parts}`;
  });
}

function errorCount(n: number): CliText {
  return counted(n, 'count.errors.one', 'count.errors.other');
}

/** A line for stderr: `eks-sandbox: warning: ...` in `lang`. */
export function warningLine(message: CliText, lang: Language): string {
  return renderText(text('main.warning', { message }), lang);
}

/** The YAML of the design's cluster. @throws CliError: exit 1 when refused or not exportable, 2 for bad --cluster. */
export function exportDesign(design: Design, request: ExportRequest): ExportOutcome {
  const clusterId = resolveClusterId(design, request);
  const { file } = request;
  const action = request.action ?? 'export';
  const lang = request.lang ?? 'en';
  try {
    const result = exportEksctlYaml(design, {
      force: request.force,
      ctx: request.ctx,
      suppressions: request.suppressions !== false,
      lang,
      ...(clusterId !== undefined ? { clusterId } : {}),
    });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const warnings =
      errors.length === 0
        ? []
        : [
            warningLine(text(`gate.forced.${action}`, { count: errorCount(errors.length) }), lang),
            ...diagnosticLines(errors, lang),
          ];
    return { yaml: result.yaml, warnings: [...warnings, ...suppressedLines(result.suppressed.length, action, lang)] };
  } catch (err) {
    if (err instanceof ExportRefusedError) {
      const errors = err.diagnostics.filter((d) => d.severity === 'error');
      throw new CliError(text(`gate.refused.${action}`, { file, count: errorCount(errors.length) }), EXIT.designErrors, (l) =>
        diagnosticLines(errors, l),
      );
    }
    if (err instanceof ExportError) throw notExportable(file, err, action);
    throw err;
  }
}

/** The CliError (exit 1) for a design the core cannot turn into YAML (no cluster, several and none chosen). */
export function notExportable(file: string, err: ExportError, action: GateAction): CliError {
  const id = action === 'export' ? 'gate.cannot-export' : action === 'manifests' ? 'gate.no-manifests' : 'gate.cannot-bundle';
  return new CliError(text(id, { file, reason: (lang) => localizeError(err, lang) }), EXIT.designErrors);
}

/** What stderr says about suppressed findings: how many, and how to see them. */
function suppressedLines(n: number, action: GateAction, lang: Language): string[] {
  if (n === 0) return [];
  const message = counted(n, 'gate.suppressed.one', 'gate.suppressed.other');
  const line = text(message.id, { ...message.params, action: text(`action.${action}`) });
  return [renderText(text('main.prefix', { message: line }), lang)];
}
