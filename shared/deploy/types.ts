/**
 * Types of a deployment bundle: what to install after `eksctl create cluster`, and the files written.
 */

/** The controllers a design can need, in the order the runbook installs them. */
export const CONTROLLER_IDS = [
  // The CNI of hybrid nodes first: they stay NotReady, and run nothing else, until it runs.
  'cilium',
  'metrics-server',
  'karpenter',
  'cluster-autoscaler',
  'nvidia-device-plugin',
  'aws-load-balancer-controller',
  'external-dns',
] as const;
export type ControllerId = (typeof CONTROLLER_IDS)[number];

export type Lang = 'en' | 'ja';
export type Localized = Record<Lang, string>;

/**
 * A Helm chart at a pinned version. `repo` is an HTTP chart repository, or an `oci://` registry path that holds the
 * chart `name` (the chart is then `<repo>/<name>`).
 */
export interface ChartRef {
  repo: string;
  name: string;
  version: string;
  /** The controller version the chart installs. */
  appVersion: string;
}

/**
 * Who installs a controller:
 * - `helm`: the runbook runs `helm upgrade --install` with `helm/<release>.values.yaml`;
 * - `eks-addon`: `eksctl create cluster` installs it as an EKS add-on listed in cluster.yaml;
 * - `eksctl`: `eksctl create cluster` installs its Helm chart itself (Karpenter, from cluster.yaml `karpenter`).
 */
export type InstalledBy = 'helm' | 'eks-addon' | 'eksctl';

/** A value only the created cluster knows, passed with `--set key=$(command)` at install time. */
export interface ValueFromCluster {
  key: string;
  /** Shell variable deploy.sh fills before the installs. */
  variable: string;
}

/**
 * A `helm upgrade --reuse-values` of a release eksctl installed, for values eksctl's own install gets wrong
 * (Karpenter's interruption queue: shared/export/karpenter-interruption.ts).
 */
export interface UpgradeAfterEksctl {
  title: Localized;
  explain: Localized;
  /** `--set key=value`, on top of the values eksctl installed the release with. */
  set: { key: string; value: string }[];
  /** Environment variables the chart sets on the workload's containers from those values: proof the upgrade took. */
  env: { name: string; value: string }[];
}

export interface ControllerInstall {
  id: ControllerId;
  /** Product name, the same in both languages. */
  title: string;
  installedBy: InstalledBy;
  namespace: string;
  /** Helm release name (also the Deployment or DaemonSet name the checks wait for). */
  release: string;
  /** The chart; absent for an EKS add-on (EKS picks the add-on version for the cluster's Kubernetes version). */
  chart?: ChartRef;
  /** Helm values: written to helm/<release>.values.yaml for `helm`; for the others, what eksctl sets, for reference. */
  values: Record<string, unknown>;
  valuesFromCluster: ValueFromCluster[];
  /** The workload whose rollout shows the controller is running. */
  workload: { kind: 'deployment' | 'daemonset'; name: string };
  /** Further workloads of the release whose rollout the runbook waits for after `workload` (Cilium's operator). */
  alsoWaitFor?: { kind: 'deployment' | 'daemonset'; name: string }[];
  /** The Kubernetes service account, and how it gets AWS permissions (must match cluster.yaml). */
  serviceAccount?: { name: string; iam: 'irsa' | 'pod-identity' | 'none'; createdBy: 'eksctl' | 'chart' };
  /** For `eksctl`: values set on eksctl's release once it is installed. */
  upgradeAfterEksctl?: UpgradeAfterEksctl;
  /** Why the design needs it. */
  reason: Localized;
  /** Set when the pinned version does not support the cluster's Kubernetes version. */
  unsupported?: Localized;
}

/** Everything the runbook needs to know about the cluster. */
export interface DeployPlan {
  designName: string;
  clusterName: string;
  region: string;
  kubernetesVersion: string;
  /** Whether the cluster has node groups whose nodes should be Ready after creation. */
  hasNodeGroups: boolean;
  /**
   * The API endpoint is private only once eksctl is done (public access off, or an eksctl fully-private cluster,
   * whose public access eksctl turns off after creating it): kubectl and helm must run from inside the VPC or a
   * connected network.
   */
  privateEndpointOnly: boolean;
  /**
   * Public access is off from the start (vpc.clusterEndpoints, not a fully-private cluster): eksctl creates the
   * endpoint that way and reaches the API through it while creating the cluster (it waits for the nodes there), so
   * `eksctl create cluster` too must run from where the private endpoint is reachable (eksctl-rules.md #26,
   * cluster.endpoint-private-only-eksctl).
   */
  privateEndpointFromCreation: boolean;
  /** eksctl builds the VPC (cluster.yaml names no existing VPC or subnet ids). */
  createsVpc: boolean;
  /** Drawn parts neither cluster.yaml nor the manifests create (outside-parts.ts), one runbook item each. */
  outsideBundle: Localized[];
  controllers: ControllerInstall[];
}

/** A manifest file as the manifests generator gives it, relative to manifests/. */
export interface ManifestFile {
  path: string;
  content: string;
}

/** One file of a bundle, relative to the bundle folder; `executable` for deploy.sh. */
export interface BundleFile {
  path: string;
  content: string;
  executable?: boolean;
}
