/** A design's deployment bundle, from the cluster.yaml its export wrote (the caller runs the rules and decides). */
import type { Design } from '../model/design.js';
import { assembleBundle } from './bundle.js';
import { bundleManifestFiles } from './bundle-manifests.js';
import { planDeployment } from './plan.js';
import type { BundleFile, DeployPlan, Lang } from './types.js';

export interface DeploymentBundle {
  plan: DeployPlan;
  files: BundleFile[];
}

/**
 * The bundle of one cluster of `design`. `clusterYaml` is what `exportEksctlYaml` (or the preview) gave for the
 * same cluster. Throws ExportError when the cluster cannot be chosen, like the export.
 */
export function deploymentBundle(
  design: Design,
  opts: { clusterId?: string; lang: Lang; clusterYaml: string },
): DeploymentBundle {
  const { plan, clusterId } = planDeployment(design, opts.clusterId);
  const manifestFiles = bundleManifestFiles(design, clusterId, opts.lang);
  return { plan, files: assembleBundle({ clusterYaml: opts.clusterYaml, manifestFiles, plan, lang: opts.lang }) };
}
