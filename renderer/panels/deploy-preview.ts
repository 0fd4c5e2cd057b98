/**
 * What the preview's tabs show besides cluster.yaml: the bundle's manifests, controllers and runbook, from
 * the same functions the bundle export and `eks-sandbox bundle` use. Never throws: a design that cannot be
 * bundled yet gives its message in the UI's language.
 */
import { deploymentBundle } from '../../shared/deploy/index.js';
import type { BundleFile, DeployPlan, Lang } from '../../shared/deploy/types.js';
import { localizeError } from '../../shared/errors/localized.js';
import type { Design } from '../../shared/model/design.js';

export type DeployPreview = { ok: true; plan: DeployPlan; files: BundleFile[] } | { ok: false; message: string };

export function deployPreview(design: Design, clusterId: string | undefined, clusterYaml: string, lang: Lang): DeployPreview {
  try {
    const { plan, files } = deploymentBundle(design, { lang, clusterYaml, ...(clusterId !== undefined ? { clusterId } : {}) });
    return { ok: true, plan, files };
  } catch (err) {
    // In the UI's language (an ExportError such as "no cluster" carries its text id).
    return { ok: false, message: localizeError(err, lang) };
  }
}
