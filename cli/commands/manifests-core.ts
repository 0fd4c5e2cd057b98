/**
 * What `manifests` decides apart from reading the file: which cluster, whether the design may be
 * turned into manifests (the same refusal as `export`), and the lines it prints on stderr.
 */
import type { Design } from '../../shared/model/design.js';
import { ExportError } from '../../shared/export/index.js';
import { generateManifests, manifestsYaml, type ManifestSet } from '../../shared/manifests/index.js';
import { validateDesign } from '../../shared/rules/engine.js';
import type { Language } from '../../shared/rules/types.js';
import { CliError, EXIT } from '../errors.js';
import { diagnosticLines, resolveClusterId, type ExportOutcome, type ExportRequest } from './export-core.js';

export interface ManifestsRequest extends ExportRequest {
  lang: Language;
}

function countText(n: number): string {
  return `${n} error-level finding${n === 1 ? '' : 's'}`;
}

/**
 * The manifests of the design's cluster as one YAML stream, and the lines for stderr (what a forced run
 * went past, what the manifests leave open). @throws CliError: exit 1 when refused or there is no
 * cluster, 2 for a bad --cluster.
 */
export function manifestsOfDesign(design: Design, request: ManifestsRequest): ExportOutcome {
  const clusterId = resolveClusterId(design, request);
  let set: ManifestSet;
  try {
    // Picking the cluster first gives "no cluster" its own clear error rather than a rules refusal.
    set = generateManifests(design, { lang: request.lang, ...(clusterId !== undefined ? { clusterId } : {}) });
  } catch (err) {
    if (err instanceof ExportError) throw new CliError(`${request.file}: no manifests: ${err.message}`, EXIT.designErrors);
    throw err;
  }
  const errors = validateDesign(design, request.ctx).filter((d) => d.severity === 'error');
  if (errors.length > 0 && !request.force) {
    throw new CliError(
      `${request.file}: no manifests: the design has ${countText(errors.length)}; fix them, or pass --force to print them anyway`,
      EXIT.designErrors,
      diagnosticLines(errors),
    );
  }
  const warnings = [
    ...(errors.length > 0
      ? [`eks-sandbox: warning: printed with ${countText(errors.length)} because of --force`, ...diagnosticLines(errors)]
      : []),
    ...set.warnings.map((w) => `eks-sandbox: note: ${w.message}${w.partIds.length > 0 ? ` [${w.partIds.join(', ')}]` : ''}`),
  ];
  return { yaml: manifestsYaml(set), warnings };
}
