/**
 * Every EKS add-on and controller the cluster part can switch on, one row each. The cluster's schema
 * (shared/model/parts.ts), the exporter (shared/export/map-iam-addons.ts, map-compute.ts), the importer
 * (shared/import/map-cluster.ts), the rules (add-on compatibility, node capacity, fixes), the fully-private
 * endpoint list (shared/model/private-endpoints.ts, which the cost estimate prices) and the inspector's
 * labels all read this table, so adding an add-on is one row here (README, "Adding an add-on").
 *
 * Sources: EKS add-ons (https://docs.aws.amazon.com/eks/latest/userguide/workloads-add-ons-available-eks.html),
 * eksctl's well-known policies (https://eksctl.io/usage/iamserviceaccounts/), private clusters
 * (https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html).
 */
import { z } from 'zod';
import type { WellKnownPolicies } from '../eksctl/config-types.js';

/** Where a cluster's pods can run; add-ons that run as node DaemonSets support only some of them. */
export type ComputeType = 'linux' | 'windows' | 'fargate' | 'hybrid';

/** Node autoscalers the cluster chooses between (`addons.nodeAutoscaler`). */
export type NodeAutoscaler = 'cluster-autoscaler' | 'karpenter';

export interface AddonRow {
  /**
   * The cluster-props switch: the name of a boolean under `props.addons` (the schema gets a field of that
   * name), or a value of `props.addons.nodeAutoscaler`.
   */
  switch: string | { nodeAutoscaler: NodeAutoscaler };
  /** The switch's default for a new cluster (boolean switches only). */
  defaultOn?: boolean;
  /**
   * Where the inspector shows the switch: with the cluster basics (before the node autoscaler) or with the
   * controllers (after it). Keeps the saved file's key order and the inspector's order.
   */
  group?: 'basics' | 'controllers';
  /** The product's name, as rule messages and YAML comments show it (the same in English and Japanese). */
  name: string;
  /** The inspector's label for the switch. */
  label: { en: string; ja: string };
  /** The EKS add-on that installs it (eksctl `addons[].name`); absent for controllers installed otherwise. */
  eksAddon?: string;
  /** EKS installs it on a new cluster unless eksctl's `addonsConfig.disableDefaultAddons` says not to. */
  installedByDefault?: boolean;
  /** Its kube-system service account that gets an IAM role (through IRSA or an EKS Pod Identity association). */
  serviceAccount?: string;
  /** eksctl's well-known policies for that role. */
  policies?: WellKnownPolicies;
  /** Policy switches in a file (node groups' withAddonPolicies, wellKnownPolicies) that mean it is in use. */
  importFlags?: readonly string[];
  /** The node groups' `iam.withAddonPolicies` switch its DaemonSet needs on the node role. */
  nodeRolePolicy?: string;
  /** Pods its DaemonSets put on every EC2 node (they count against the node's pod limit). */
  podsPerNode?: number;
  /**
   * The compute it can do its job on, for add-ons that work only through a DaemonSet on nodes of some kinds
   * (rule addon.compute-compatibility); absent when the compute does not decide it.
   */
  runsOn?: readonly ComputeType[];
  /** AWS services it calls: a fully-private cluster needs a VPC endpoint for each (com.amazonaws.<region>.<x>). */
  endpoints?: readonly string[];
}

/**
 * The rows, in the order the exporter writes them (EKS add-ons under `addons`, then controllers' IAM under
 * `iam.serviceAccounts` or `iam.podIdentityAssociations`).
 */
export const ADDONS = [
  {
    switch: 'vpcCni',
    defaultOn: true,
    group: 'basics',
    name: 'Amazon VPC CNI',
    label: { en: 'Amazon VPC CNI', ja: 'Amazon VPC CNI' },
    eksAddon: 'vpc-cni',
    installedByDefault: true,
    podsPerNode: 1, // aws-node
  },
  {
    switch: 'coreDns',
    defaultOn: true,
    group: 'basics',
    name: 'CoreDNS',
    label: { en: 'CoreDNS', ja: 'CoreDNS' },
    eksAddon: 'coredns',
    installedByDefault: true,
  },
  {
    switch: 'kubeProxy',
    defaultOn: true,
    group: 'basics',
    name: 'kube-proxy',
    label: { en: 'kube-proxy', ja: 'kube-proxy' },
    eksAddon: 'kube-proxy',
    installedByDefault: true,
    podsPerNode: 1,
  },
  {
    switch: 'metricsServer',
    defaultOn: false,
    group: 'basics',
    name: 'Metrics Server',
    label: { en: 'Metrics Server', ja: 'Metrics Server' },
    eksAddon: 'metrics-server',
  },
  {
    switch: 'awsLoadBalancerController',
    defaultOn: false,
    group: 'controllers',
    name: 'AWS Load Balancer Controller',
    label: { en: 'AWS Load Balancer Controller', ja: 'AWS Load Balancer Controller' },
    serviceAccount: 'aws-load-balancer-controller',
    policies: { awsLoadBalancerController: true },
    importFlags: ['awsLoadBalancerController', 'albIngress'],
    endpoints: ['elasticloadbalancing', 'ec2'],
  },
  {
    switch: 'externalDns',
    defaultOn: false,
    group: 'controllers',
    name: 'ExternalDNS',
    label: { en: 'ExternalDNS', ja: 'ExternalDNS' },
    serviceAccount: 'external-dns',
    policies: { externalDNS: true },
    importFlags: ['externalDNS'],
  },
  {
    switch: { nodeAutoscaler: 'cluster-autoscaler' },
    name: 'Cluster Autoscaler',
    label: { en: 'Cluster Autoscaler', ja: 'Cluster Autoscaler' },
    serviceAccount: 'cluster-autoscaler',
    policies: { autoScaler: true },
    importFlags: ['autoScaler'],
    endpoints: ['autoscaling', 'ec2'],
  },
  {
    switch: { nodeAutoscaler: 'karpenter' },
    name: 'Karpenter',
    label: { en: 'Karpenter', ja: 'Karpenter' },
    // Karpenter resolves the AMI of its node classes from SSM public parameters.
    endpoints: ['ec2', 'ssm'],
  },
  {
    switch: 'ebsCsiDriver',
    defaultOn: false,
    group: 'controllers',
    name: 'Amazon EBS CSI driver',
    label: { en: 'Amazon EBS CSI driver', ja: 'Amazon EBS CSI ドライバー' },
    eksAddon: 'aws-ebs-csi-driver',
    serviceAccount: 'ebs-csi-controller-sa',
    policies: { ebsCSIController: true },
    importFlags: ['ebs', 'ebsCSIController'],
    podsPerNode: 1, // ebs-csi-node
    runsOn: ['linux', 'windows'],
    endpoints: ['ec2'],
  },
  {
    switch: 'efsCsiDriver',
    defaultOn: false,
    group: 'controllers',
    name: 'Amazon EFS CSI driver',
    label: { en: 'Amazon EFS CSI driver', ja: 'Amazon EFS CSI ドライバー' },
    eksAddon: 'aws-efs-csi-driver',
    serviceAccount: 'efs-csi-controller-sa',
    policies: { efsCSIController: true },
    importFlags: ['efs', 'efsCSIController'],
    podsPerNode: 1, // efs-csi-node
    // Windows nodes cannot mount EFS; Fargate mounts it with its own driver, which needs no add-on.
    runsOn: ['linux', 'fargate'],
    endpoints: ['elasticfilesystem'],
  },
  {
    switch: 'podIdentityAgent',
    defaultOn: false,
    group: 'controllers',
    name: 'EKS Pod Identity Agent',
    label: { en: 'EKS Pod Identity Agent', ja: 'EKS Pod Identity エージェント' },
    eksAddon: 'eks-pod-identity-agent',
    podsPerNode: 1,
    runsOn: ['linux', 'hybrid'],
    endpoints: ['eks-auth'],
  },
  {
    switch: 'cloudWatchObservability',
    defaultOn: false,
    group: 'controllers',
    name: 'Amazon CloudWatch Observability',
    label: { en: 'Amazon CloudWatch Observability', ja: 'Amazon CloudWatch Observability' },
    eksAddon: 'amazon-cloudwatch-observability',
    // The CloudWatch agent runs as a DaemonSet with the node's role.
    nodeRolePolicy: 'cloudWatch',
    podsPerNode: 2, // cloudwatch-agent + fluent-bit
    runsOn: ['linux', 'windows', 'hybrid'],
    endpoints: ['logs'],
  },
] as const satisfies readonly AddonRow[];

type Row = (typeof ADDONS)[number];

/** The boolean switches under `props.addons`, one per row that has one. */
export type AddonSwitch = Extract<Row['switch'], string>;

/** Rows switched by a boolean of `props.addons`. */
export type SwitchRow = Omit<AddonRow, 'switch' | 'defaultOn' | 'group'> & {
  switch: AddonSwitch;
  defaultOn: boolean;
  group: 'basics' | 'controllers';
};

/** The switch values the table reads: the booleans and the node autoscaler. */
export type AddonSwitches = Record<AddonSwitch, boolean> & { nodeAutoscaler: string };

function isSwitchRow(row: AddonRow): row is AddonRow & SwitchRow {
  return typeof row.switch === 'string';
}

/** The rows with a boolean switch, in table order. */
export const SWITCH_ROWS: readonly SwitchRow[] = (ADDONS as readonly AddonRow[]).filter(isSwitchRow);

/** Whether the row's add-on is switched on in the cluster's `props.addons`. */
export function addonOn(row: AddonRow, addons: AddonSwitches): boolean {
  if (typeof row.switch === 'string') return (addons as unknown as Record<string, unknown>)[row.switch] === true;
  return addons.nodeAutoscaler === row.switch.nodeAutoscaler;
}

/** The rows switched on in `addons`, in table order. */
export function addonsOn(addons: AddonSwitches): AddonRow[] {
  return ADDONS.filter((row) => addonOn(row, addons));
}

/** The row of a boolean switch. */
export function addonRow(key: AddonSwitch): SwitchRow {
  return SWITCH_ROWS.find((r) => r.switch === key)!;
}

type SwitchOfGroup<G extends 'basics' | 'controllers'> = Extract<Row, { group: G }>['switch'];

/** The cluster schema's boolean fields for the switches of one group, in table order, with their defaults. */
export function addonSwitchFields<G extends 'basics' | 'controllers'>(
  group: G,
): { [K in SwitchOfGroup<G>]: z.ZodDefault<z.ZodBoolean> } {
  const fields: Record<string, z.ZodDefault<z.ZodBoolean>> = {};
  for (const row of SWITCH_ROWS) if (row.group === group) fields[row.switch] = z.boolean().default(row.defaultOn);
  return fields as { [K in SwitchOfGroup<G>]: z.ZodDefault<z.ZodBoolean> };
}

/** The switches' labels in one language, by switch: the inspector's field labels. */
export function addonLabels(lang: 'en' | 'ja'): Record<AddonSwitch, string> {
  return Object.fromEntries(SWITCH_ROWS.map((row) => [row.switch, row.label[lang]])) as Record<AddonSwitch, string>;
}
