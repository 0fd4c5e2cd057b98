/**
 * Design -> `cluster.yaml` for `eksctl create cluster -f`. The rules run first: a design with errors is
 * refused unless the caller forces it. The text depends on the design only (no dates, no random ids),
 * so exporting the same design twice gives the same bytes and exports diff cleanly.
 */
import { APP_NAME, APP_VERSION } from '../app-info.js';
import type { Design } from '../model/design.js';
import { checkDesign } from '../rules/engine.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { Diagnostic, Language, RuleContext } from '../rules/types.js';
import { buildClusterConfigDetailed } from './cluster-config.js';
import { ExportRefusedError } from './refused-error.js';
import type { ClusterConfig, ExportNote } from './types.js';
import { writeYaml } from './yaml-writer.js';

export interface ExportOptions {
  /** Part id of the cluster to export; needed only when the design has several clusters. */
  clusterId?: string;
  /** Export even when the rules report errors (the diagnostics are still returned). */
  force?: boolean;
  /** Date and version calendar for the rules; defaults to today. */
  ctx?: RuleContext;
  /** Rules to run; defaults to every rule of the app. */
  registry?: RuleRegistry;
  /** false: ignore the design's suppressions, so a suppressed error refuses the export too. Default true. */
  suppressions?: boolean;
  /** Language of the YAML comments (header and notes); the YAML itself is the same. Default en. */
  lang?: Language;
}

export interface ExportResult {
  yaml: string;
  config: ClusterConfig;
  /** Every active diagnostic of the design, errors first (empty errors unless `force`). */
  diagnostics: Diagnostic[];
  /** Findings the design's suppressions accepted; they do not refuse the export. */
  suppressed: Diagnostic[];
}

/** One line of text for a YAML comment: no line breaks, no runs of spaces. */
function oneLine(text: string): string {
  return text.replace(/[\s\u0085]+/g, ' ').trim();
}

/**
 * Renders a ClusterConfig as YAML with the export header and the exporter's notes as comments above the
 * keys they explain. Strings are quoted wherever YAML 1.1 (eksctl's parser, sigs.k8s.io/yaml) would read
 * them as something else: versions like "1.30", "yes", "on", "0777".
 */
export function renderClusterYaml(
  config: ClusterConfig,
  designName: string,
  notes: readonly ExportNote[] = [],
  lang: Language = 'en',
): string {
  // Several notes on one key (the subnet layout and a fully-private remark above vpc:) are joined, in order.
  const byPath = new Map<string, string>();
  for (const n of notes) {
    const key = JSON.stringify(n.path);
    const text = lang === 'ja' ? n.ja : n.text;
    const before = byPath.get(key);
    byPath.set(key, before === undefined ? text : `${before}\n${text}`);
  }
  const by = lang === 'ja' ? `${APP_NAME} ${APP_VERSION} がエクスポート` : `exported by ${APP_NAME} ${APP_VERSION}`;
  return writeYaml(config, {
    header: [`${oneLine(designName)} — ${by}`, 'eksctl create cluster -f cluster.yaml'],
    comment: byPath.size === 0 ? undefined : (path) => byPath.get(JSON.stringify(path)),
  });
}

/**
 * Exports one cluster of `design` as eksctl YAML.
 *
 * Runs the design rules first. With any error-level diagnostic and no `force`, throws ExportRefusedError
 * (carrying the diagnostics). Throws ExportError when the design has no cluster, or several and no `clusterId`.
 */
export function exportEksctlYaml(design: Design, opts: ExportOptions = {}): ExportResult {
  const { active: diagnostics, suppressed } = checkDesign(design, opts.ctx, opts.registry, {
    suppressions: opts.suppressions !== false,
  });
  // Picking the cluster first gives "no cluster" its own clear error rather than a rules refusal.
  const built = buildClusterConfigDetailed(design, opts.clusterId !== undefined ? { clusterId: opts.clusterId } : {});
  if (!opts.force && diagnostics.some((d) => d.severity === 'error')) throw new ExportRefusedError(diagnostics, opts.registry);
  return {
    yaml: renderClusterYaml(built.config, design.name, built.notes, opts.lang),
    config: built.config,
    diagnostics,
    suppressed,
  };
}
