/**
 * eksctl ClusterConfig YAML -> design document that exports back unchanged. The importer (shared/import)
 * records the exporter's output for the fresh design as its baseline (shared/export/origin-merge.ts); this
 * module is where the two meet, so neither folder imports the other.
 */
import type { JsonObject } from '../eksctl/config-types.js';
import { buildClusterConfig } from '../export/cluster-config.js';
import { readEksctlConfig, readEksctlYaml, type ImportResult } from '../import/index.js';

export {
  EksctlImportError,
  looksLikeEksctlYaml,
  MAX_EKSCTL_YAML_CHARS,
  type ImportResult,
  type ImportWarning,
} from '../import/index.js';

/**
 * Imports an eksctl ClusterConfig from its YAML (or JSON) text.
 *
 * @returns the design document (with the imported config recorded for an exact round trip) and the config.
 * @throws EksctlImportError for anything eksctl would not load (with the line and path of the problem), or
 *   that is no ClusterConfig, or is hostile (huge, binary, alias bombs, absurd nesting, `__proto__` keys).
 */
export function importEksctlYaml(text: string): ImportResult {
  return readEksctlYaml(text, buildClusterConfig);
}

/** Like importEksctlYaml, for a ClusterConfig value that already passed `checkClusterConfig`. */
export function importEksctlConfig(config: JsonObject): ImportResult {
  return readEksctlConfig(config, buildClusterConfig);
}
