/** The ClusterConfig types live in shared/eksctl (import reads the same shapes); re-exported for the exporter's files. */
export type * from '../eksctl/config-types.js';
