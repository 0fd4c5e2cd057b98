/**
 * The workloads' Kubernetes manifest files for a bundle: the one place the bundle asks the manifests
 * generator for them.
 */
import type { Design } from '../model/design.js';
import type { ManifestFile } from './types.js';

/**
 * Manifest files for `clusterId` of `design`, paths relative to manifests/, in apply order.
 *
 * TODO(issue 14 merge): return generateManifests(design, { clusterId }).files mapped to { path, content: yaml }
 * once shared/manifests/ is on this branch. Until then the bundle has no workload manifests.
 */
export function bundleManifestFiles(design: Design, clusterId: string): ManifestFile[] {
  void design;
  void clusterId;
  return [];
}
