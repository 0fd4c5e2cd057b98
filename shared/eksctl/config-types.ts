/**
 * The part of eksctl's `ClusterConfig` (eksctl.io/v1alpha5) that the exporter writes. Field names and
 * shapes follow eksctl's schema (shared/eksctl/schema.json); fields a design does not model can still
 * appear through parts' `props.extra`, hence the open index signatures.
 */

export type JsonObject = Record<string, unknown>;

export interface SubnetSpec {
  id?: string;
  az?: string;
  cidr?: string;
  [field: string]: unknown;
}

export interface ClusterVpc {
  id?: string;
  cidr?: string;
  subnets?: { private?: Record<string, SubnetSpec>; public?: Record<string, SubnetSpec> };
  nat?: { gateway: 'Single' | 'HighlyAvailable' | 'Disable' };
  clusterEndpoints?: { privateAccess: boolean; publicAccess: boolean };
  publicAccessCIDRs?: string[];
  [field: string]: unknown;
}

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export interface NodeGroupConfig {
  name: string;
  amiFamily?: string;
  instanceType?: string;
  instanceTypes?: string[];
  instancesDistribution?: JsonObject;
  spot?: boolean;
  subnets?: string[];
  availabilityZones?: string[];
  minSize?: number;
  desiredCapacity?: number;
  maxSize?: number;
  volumeSize?: number;
  ssh?: { allow: boolean };
  labels?: Record<string, string>;
  taints?: Taint[];
  tags?: Record<string, string>;
  privateNetworking?: boolean;
  iam?: { withAddonPolicies: Record<string, boolean> };
  propagateASGTags?: boolean;
  disableIMDSv1?: boolean;
  [field: string]: unknown;
}

export interface FargateProfileConfig {
  name: string;
  selectors: { namespace: string; labels?: Record<string, string> }[];
  subnets?: string[];
  [field: string]: unknown;
}

export interface WellKnownPolicies {
  autoScaler?: boolean;
  awsLoadBalancerController?: boolean;
  externalDNS?: boolean;
  ebsCSIController?: boolean;
  efsCSIController?: boolean;
}

export interface ServiceAccountConfig {
  metadata: { name: string; namespace: string };
  attachPolicyARNs?: string[];
  wellKnownPolicies?: WellKnownPolicies;
  /** A workload's role: named as the manifests' annotation says, the account left to the manifests. */
  roleName?: string;
  roleOnly?: boolean;
}

export interface PodIdentityAssociationConfig {
  namespace: string;
  serviceAccountName: string;
  roleName?: string;
  permissionPolicyARNs?: string[];
  wellKnownPolicies?: WellKnownPolicies;
}

export interface AddonConfig {
  name: string;
  wellKnownPolicies?: WellKnownPolicies;
  useDefaultPodIdentityAssociations?: boolean;
  [field: string]: unknown;
}

export interface RemoteNetworkConfig {
  iam: { provider: 'SSM' | 'IRA' };
  vpcGatewayID?: string;
  remoteNodeNetworks: { cidrs: string[] }[];
  remotePodNetworks?: { cidrs: string[] }[];
}

export interface ClusterConfig {
  apiVersion: 'eksctl.io/v1alpha5';
  kind: 'ClusterConfig';
  metadata: { name: string; region: string; version: string; tags?: Record<string, string>; [field: string]: unknown };
  upgradePolicy?: { supportType: 'STANDARD' | 'EXTENDED' };
  kubernetesNetworkConfig?: { ipFamily?: 'IPv4' | 'IPv6'; serviceIPv4CIDR?: string };
  remoteNetworkConfig?: RemoteNetworkConfig;
  iam?: {
    withOIDC?: boolean;
    serviceAccounts?: ServiceAccountConfig[];
    podIdentityAssociations?: PodIdentityAssociationConfig[];
    [field: string]: unknown;
  };
  accessConfig?: { authenticationMode: 'API' | 'API_AND_CONFIG_MAP' | 'CONFIG_MAP'; [field: string]: unknown };
  vpc?: ClusterVpc;
  addons?: AddonConfig[];
  addonsConfig?: { disableDefaultAddons?: boolean; autoApplyPodIdentityAssociations?: boolean };
  privateCluster?: { enabled: boolean; additionalEndpointServices?: string[] };
  nodeGroups?: NodeGroupConfig[];
  managedNodeGroups?: NodeGroupConfig[];
  fargateProfiles?: FargateProfileConfig[];
  availabilityZones?: string[];
  cloudWatch?: { clusterLogging: { enableTypes: string[] } };
  secretsEncryption?: { keyARN: string };
  karpenter?: { version: string; withSpotInterruptionQueue?: boolean; createServiceAccount?: boolean; [field: string]: unknown };
  [field: string]: unknown;
}

/** A remark the YAML writer attaches as a comment above the value at `path` (e.g. why a field is absent). */
export interface ExportNote {
  path: (string | number)[];
  /** The comment in English (each line starting with a space), and in Japanese for `export --lang ja`. */
  text: string;
  ja: string;
}
