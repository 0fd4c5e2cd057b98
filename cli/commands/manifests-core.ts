/**
 * What `manifests` decides apart from reading the file: which cluster, whether the design may be turned into
 * manifests (export's gate itself: the rules, the design's suppressions unless --no-suppressions, --force),
 * and the lines it prints on stderr.
 */
import type { Design } from '../../shared/model/design.js';
import { ExportError } from '../../shared/export/index.js';
import { generateManifests, manifestsYaml } from '../../shared/manifests/index.js';
import type { Language } from '../../shared/rules/types.js';
import { renderText, text } from '../i18n/render.js';
import { exportDesign, notExportable, resolveClusterId, type ExportOutcome, type ExportRequest } from './export-core.js';

export interface ManifestsRequest extends ExportRequest {
  lang: Language;
}

/**
 * The manifests of the design's cluster as one YAML stream, and the lines for stderr (what a forced run
 * went past, what was suppressed, what the manifests leave open). @throws CliError: exit 1 when refused or
 * there is no cluster, 2 for a bad --cluster.
 */
export function manifestsOfDesign(design: Design, request: ManifestsRequest): ExportOutcome {
  const { warnings } = exportDesign(design, { ...request, action: 'manifests' });
  const clusterId = resolveClusterId(design, request);
  let set;
  try {
    set = generateManifests(design, { lang: request.lang, ...(clusterId !== undefined ? { clusterId } : {}) });
  } catch (err) {
    if (err instanceof ExportError) throw notExportable(request.file, err, 'manifests');
    throw err;
  }
  const notes = set.warnings.map((w) =>
    renderText(
      text('main.note', { message: `${w.message}${w.partIds.length > 0 ? ` [${w.partIds.join(', ')}]` : ''}` }),
      request.lang,
    ),
  );
  return { yaml: manifestsYaml(set), warnings: [...warnings, ...notes] };
}
