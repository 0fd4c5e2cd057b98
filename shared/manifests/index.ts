/**
 * Kubernetes manifests from a design: what to apply once `eksctl create cluster -f cluster.yaml` has
 * built the cluster. `generateManifests` returns the files (path, objects, YAML) for one cluster;
 * `manifestsYaml` joins them into one multi-document stream (what `eks-sandbox manifests` prints).
 */
export { generateManifests, manifestsYaml } from './generate.js';
export { ACCOUNT_PLACEHOLDER, CERTIFICATE_PLACEHOLDER, placeholdersIn } from './aws-names.js';
export { workloadRoleName, IRSA_ROLE_ANNOTATION } from './service-account.js';
export { EXTERNAL_DNS_HOSTNAME, hasService } from './load-balancing.js';
export { KARPENTER_POOL } from './karpenter.js';
export { NVIDIA_GPU } from './pod-template.js';
export type { KubeObject, ManifestFile, ManifestOptions, ManifestSet, ManifestWarning } from './types.js';
