/**
 * The workloads' Kubernetes manifest files for a bundle: the one place the bundle asks the manifests
 * generator (shared/manifests) for them.
 */
import type { Design } from '../model/design.js';
import { generateManifests } from '../manifests/index.js';
import type { Lang, ManifestFile } from './types.js';

/**
 * Manifest files for `clusterId` of `design`, paths relative to manifests/, in apply order (the generator
 * sorts namespaces first), with their comments in `lang`.
 */
export function bundleManifestFiles(design: Design, clusterId: string, lang: Lang): ManifestFile[] {
  return generateManifests(design, { clusterId, lang }).files.map((f) => ({
    path: f.path.replace(/^manifests\//, ''),
    content: f.yaml,
  }));
}
