/** Shapes of what the manifest generator returns. */
import type { Language } from '../rules/types.js';

/** A Kubernetes object as plain JSON, keys in the conventional order (apiVersion, kind, metadata, spec). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** A comment the YAML writer puts above the value at `path` of one object. */
export interface ObjectNote {
  path: (string | number)[];
  text: string;
}

/** One object with the comments written above its fields. */
export interface ManifestDocument {
  object: KubeObject;
  notes: ObjectNote[];
}

/** One file of the `manifests/` folder: its documents, as objects and as YAML text. */
export interface ManifestFile {
  /**
   * Path inside a bundle, always under `manifests/`: `manifests/00-namespaces.yaml`,
   * `manifests/<namespace>/<workload>.yaml`, `manifests/<namespace>/ingress-<alb>.yaml`,
   * `manifests/karpenter/default.yaml`. Sorted so `kubectl apply -R` creates namespaces first.
   */
  path: string;
  /** The objects of the file, in the order they are written. */
  objects: KubeObject[];
  /** Multi-document YAML (`---` between documents), with a header comment, ending in a newline. */
  yaml: string;
}

/** Something the design leaves open or the manifests cannot express; shown next to the output. */
export interface ManifestWarning {
  /** Parts it concerns; the first is the one to select. */
  partIds: string[];
  /** In the language asked for. */
  message: string;
}

export interface ManifestOptions {
  /** Part id of the cluster; needed only when the design has several clusters. */
  clusterId?: string;
  /** Language of comments and warnings; English by default. */
  lang?: Language;
}

/** Everything generated for one cluster. */
export interface ManifestSet {
  /** Part id and name of the cluster the manifests are for. */
  clusterId: string;
  clusterName: string;
  /**
   * The cluster's Kubernetes version ("1.35"). Every API version written is served by every version of the EKS
   * calendar; fields newer than the version are left out with a warning (kubernetes-apis.ts).
   */
  kubernetesVersion: string;
  files: ManifestFile[];
  warnings: ManifestWarning[];
  /** The `${NAME}` placeholders the YAML contains, to be filled before `kubectl apply` (e.g. with envsubst). */
  placeholders: string[];
}
