/** eksctl export: design -> ClusterConfig object -> cluster.yaml. */
export { buildClusterConfig, buildClusterConfigDetailed, selectCluster, type BuildOptions } from './cluster-config.js';
export { exportEksctlYaml, renderClusterYaml, type ExportOptions, type ExportResult } from './export-yaml.js';
export { ExportError } from './errors.js';
export { ExportRefusedError } from './refused-error.js';
export { chooseCluster, exportFileName, type ClusterChoice, type ClusterOption } from './cluster-choice.js';
export type * from './types.js';
