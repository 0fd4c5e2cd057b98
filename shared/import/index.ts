/**
 * eksctl import: ClusterConfig YAML -> design document. Callers use shared/round-trip's importEksctlYaml,
 * which passes the exporter in so the design exports back unchanged.
 */
export { readEksctlConfig, readEksctlYaml, type BaselineExporter, type ImportResult } from './import-eksctl.js';
export type { ImportWarning } from './suppression-annotation.js';
export { EksctlImportError } from './errors.js';
export { MAX_EKSCTL_YAML_CHARS } from './parse-yaml.js';
export { looksLikeEksctlYaml } from './detect.js';
