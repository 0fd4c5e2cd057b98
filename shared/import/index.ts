/** eksctl import: ClusterConfig YAML -> design document, exported back unchanged. */
export { importEksctlConfig, importEksctlYaml, type ImportResult } from './import-eksctl.js';
export { EksctlImportError } from './errors.js';
export { MAX_EKSCTL_YAML_CHARS } from './parse-yaml.js';
export { looksLikeEksctlYaml } from './detect.js';
