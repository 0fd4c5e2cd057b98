/**
 * Part kinds of an EKS design and the zod schemas of their properties.
 *
 * A part is one box on the canvas. Common fields (id, kind, name, parent, position, size) live on the
 * part; everything AWS- or Kubernetes-specific lives in `props`, whose shape depends on `kind`.
 * `part.name` is the AWS/Kubernetes resource name where the kind has one (cluster name, node group
 * name, Fargate profile name, workload name), so there is exactly one place to edit it.
 */
import { z } from 'zod';
import { addonSwitchFields } from './addons.js';

export const PART_KINDS = [
  'vpc',
  'subnet',
  'cluster',
  'managed-node-group',
  'self-managed-node-group',
  'fargate-profile',
  'alb',
  'nlb',
  'ecr',
  'cloud-map',
  'api-gateway',
  'on-prem-network',
  'workload',
] as const;
export type PartKind = (typeof PART_KINDS)[number];

export const partIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'a part id is 1-64 letters, digits, ".", "_" or "-"');

const jsonObject = z.record(z.string(), z.unknown());
const stringMap = z.record(z.string(), z.string());
const count = z.number().int().min(0);

/** Fields of the eksctl config that the canvas does not model, written back unchanged on export. */
const passthrough = { extra: jsonObject.optional() };

export const vpcPropsSchema = z.strictObject({
  /**
   * Primary IPv4 CIDR of the VPC, e.g. 10.0.0.0/16. Empty for an existing VPC whose CIDR the design does not
   * know (imported from a file that names the VPC by id only): not written, and CIDR rules skip it.
   */
  cidr: z.string(),
  /**
   * How many AZs the design assumes for a VPC eksctl lays out with zones of its own choosing (no subnet
   * parts, no `availabilityZones` picked): eksctl picks 3 available zones (2 in us-east-1), avoiding zone ids
   * EKS refuses. It is not written to the config (eksctl has no such field, and naming zones for it would
   * invent them); the rules' implied subnets and the cost's NAT gateways count with it. Ignored when the VPC
   * has subnet parts or picked zones.
   */
  azCount: z.number().int().min(1).max(6).default(3),
  /**
   * Availability Zones the user picked for a VPC eksctl lays out (eksctl `availabilityZones`), e.g. from an
   * imported config. Absent: eksctl chooses them at create time. Ignored when the VPC has subnet parts.
   */
  availabilityZones: z.array(z.string()).optional(),
  /**
   * NAT gateway mode, eksctl `vpc.nat.gateway`. `null` means unknown: an existing VPC imported from a file
   * that does not say (its NAT gateways are AWS's, not eksctl's); rules that reason about NAT skip it.
   */
  natGateway: z.enum(['Single', 'HighlyAvailable', 'Disable']).nullable().default('Single'),
  /** Whether the VPC has an internet gateway (eksctl-created VPCs always do). */
  internetGateway: z.boolean().default(true),
  enableDnsSupport: z.boolean().default(true),
  enableDnsHostnames: z.boolean().default(true),
  /** Interface/gateway VPC endpoints present in the VPC, by service suffix (ecr.api, ecr.dkr, s3, sts, ...). */
  vpcEndpoints: z.array(z.string()).default([]),
  /** Id of an existing VPC (vpc-...) when the design reuses one instead of letting eksctl create it. */
  existingVpcId: z.string().optional(),
  ...passthrough,
});

export const subnetPropsSchema = z.strictObject({
  /** Availability Zone name, e.g. us-east-1a. */
  availabilityZone: z.string(),
  cidr: z.string(),
  access: z.enum(['public', 'private']),
  /** Id of an existing subnet (subnet-...). */
  existingSubnetId: z.string().optional(),
  /** Subnet tags; the load-balancer discovery tags are added on export when missing. */
  tags: stringMap.default({}),
  ...passthrough,
});

export const CONTROL_PLANE_LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;

/** The add-on switches come from the add-on table (shared/model/addons.ts), one field per row. */
export const addonsSchema = z.strictObject({
  ...addonSwitchFields('basics'),
  /** Node autoscaler: none, Cluster Autoscaler, or Karpenter. */
  nodeAutoscaler: z.enum(['none', 'cluster-autoscaler', 'karpenter']).default('none'),
  karpenterVersion: z.string().default('1.6.0'),
  /**
   * What the cost estimate assumes Karpenter keeps running: Karpenter picks instance types and node counts
   * itself as pods need them, so the design cannot say; the user edits this guess.
   */
  karpenterCapacity: z
    .strictObject({
      instanceType: z.string().min(1).default('m6i.large'),
      capacityType: z.enum(['ON_DEMAND', 'SPOT']).default('ON_DEMAND'),
      averageNodes: z.number().finite().min(0).max(10000).default(2),
    })
    .default({ instanceType: 'm6i.large', capacityType: 'ON_DEMAND', averageNodes: 2 }),
  ...addonSwitchFields('controllers'),
});
export type Addons = z.infer<typeof addonsSchema>;

export const clusterPropsSchema = z.strictObject({
  region: z.string(),
  /** Kubernetes minor version as eksctl wants it: a "major.minor" string. */
  version: z.string(),
  endpointAccess: z
    .strictObject({
      public: z.boolean(),
      private: z.boolean(),
      publicAccessCidrs: z.array(z.string()).default([]),
    })
    .default({ public: true, private: true, publicAccessCidrs: [] }),
  /**
   * eksctl fully-private cluster (`privateCluster.enabled`): private-only API endpoint, no internet egress;
   * an eksctl-built VPC then has private subnets only (no NAT, no internet gateway) and eksctl creates the
   * VPC endpoints nodes need. Read it through isFullyPrivateCluster (shared/model/cluster-network.ts).
   */
  fullyPrivate: z.boolean().default(false),
  /** Control plane log types sent to CloudWatch Logs. */
  logging: z.array(z.enum(CONTROL_PLANE_LOG_TYPES)).default([]),
  /** KMS key ARN for envelope encryption of Kubernetes secrets; empty = not encrypted. */
  secretsEncryptionKeyArn: z.string().default(''),
  authenticationMode: z.enum(['API', 'API_AND_CONFIG_MAP', 'CONFIG_MAP']).default('API'),
  /** Extended support is AWS's default; STANDARD upgrades the control plane at end of standard support. */
  supportType: z.enum(['STANDARD', 'EXTENDED']).default('EXTENDED'),
  ipFamily: z.enum(['IPv4', 'IPv6']).default('IPv4'),
  /** Kubernetes service CIDR; empty = EKS default (10.100.0.0/16 or 172.20.0.0/16). */
  serviceIpv4Cidr: z.string().default(''),
  /** IAM for controllers: IRSA (OIDC provider + service accounts) or EKS Pod Identity associations. */
  controllerIdentity: z.enum(['irsa', 'pod-identity']).default('pod-identity'),
  addons: addonsSchema.default(addonsSchema.parse({})),
  tags: stringMap.default({}),
  ...passthrough,
  /**
   * Set by eksctl YAML import: the imported config (`source`) and the exporter's output for the design as
   * imported (`baseline`). Export writes `source` plus the edits made since (shared/export/origin-merge.ts),
   * so an untouched import exports exactly as it came in.
   */
  eksctlOrigin: z.strictObject({ source: jsonObject, baseline: jsonObject }).optional(),
});

export const AMI_FAMILIES = [
  'AmazonLinux2023',
  'AmazonLinux2',
  'Bottlerocket',
  'Ubuntu2204',
  'Ubuntu2404',
  'UbuntuPro2204',
  'UbuntuPro2404',
  'WindowsServer2019FullContainer',
  'WindowsServer2019CoreContainer',
  'WindowsServer2022FullContainer',
  'WindowsServer2022CoreContainer',
] as const;

export const taintSchema = z.strictObject({
  key: z.string(),
  value: z.string().default(''),
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
});

const nodeGroupFields = {
  instanceTypes: z.array(z.string()).min(1),
  capacityType: z.enum(['ON_DEMAND', 'SPOT']).default('ON_DEMAND'),
  minSize: count,
  desiredCapacity: count,
  maxSize: count,
  amiFamily: z.enum(AMI_FAMILIES).default('AmazonLinux2023'),
  volumeSize: z.number().int().min(1).default(80),
  labels: stringMap.default({}),
  taints: z.array(taintSchema).default([]),
  /** Nodes get no public IP and live in private subnets. */
  privateNetworking: z.boolean().default(true),
  /** Subnet parts the nodes are placed in; empty = every subnet of the cluster's VPC of the right access. */
  subnetIds: z.array(partIdSchema).default([]),
  /** Instance metadata: block IMDSv1 (and pod access to IMDS when disablePodImds). */
  disableImdsV1: z.boolean().default(true),
  /** SSH access: off, or allowed from given CIDRs (0.0.0.0/0 is flagged). */
  sshAllowedCidrs: z.array(z.string()).default([]),
  ...passthrough,
};

export const managedNodeGroupPropsSchema = z.strictObject(nodeGroupFields);
export const selfManagedNodeGroupPropsSchema = z.strictObject(nodeGroupFields);

export const fargateSelectorSchema = z.strictObject({
  namespace: z.string(),
  labels: stringMap.default({}),
});

export const fargateProfilePropsSchema = z.strictObject({
  selectors: z.array(fargateSelectorSchema).default([]),
  /** Subnet parts for Fargate pods; empty = the cluster's private subnets. */
  subnetIds: z.array(partIdSchema).default([]),
  ...passthrough,
});

const loadBalancerFields = {
  scheme: z.enum(['internet-facing', 'internal']),
  targetType: z.enum(['ip', 'instance']).default('ip'),
  /** Subnet parts the load balancer has nodes in; empty = discovered from subnet tags. */
  subnetIds: z.array(partIdSchema).default([]),
};
export const albPropsSchema = z.strictObject({
  ...loadBalancerFields,
  /** Assumed load balancer capacity units per hour, for the cost estimate. */
  assumedCapacityUnits: z.number().min(0).default(1),
});
export const nlbPropsSchema = z.strictObject({
  ...loadBalancerFields,
  assumedCapacityUnits: z.number().min(0).default(1),
});

export const ecrPropsSchema = z.strictObject({
  repositoryName: z.string(),
  /** Region of the registry; empty = the cluster's region. */
  region: z.string().default(''),
  scanOnPush: z.boolean().default(true),
  tagImmutability: z.boolean().default(true),
  lifecyclePolicy: z.boolean().default(true),
  /** Assumed stored image data, for the cost estimate. */
  assumedStorageGb: z.number().min(0).default(5),
});

export const cloudMapPropsSchema = z.strictObject({
  namespaceName: z.string(),
  namespaceType: z.enum(['HTTP', 'DNS_PRIVATE', 'DNS_PUBLIC']).default('DNS_PRIVATE'),
});

export const apiGatewayPropsSchema = z.strictObject({
  apiType: z.enum(['HTTP', 'REST']).default('HTTP'),
  /**
   * VPC link generation of a REST API: V1 (legacy, NLB targets only) or V2 (ALB or NLB). Absent = V1.
   * HTTP APIs always use VPC link V2.
   */
  restVpcLink: z.enum(['V1', 'V2']).optional(),
  /** Assumed requests per month in millions, for the cost estimate. */
  assumedRequestsMillions: z.number().min(0).default(1),
});

export const onPremNetworkPropsSchema = z.strictObject({
  remoteNodeCidrs: z.array(z.string()).min(1),
  remotePodCidrs: z.array(z.string()).default([]),
  connection: z.enum(['vpn', 'direct-connect']).default('vpn'),
  /** Hybrid nodes and their vCPUs, for rules and the cost estimate. */
  hybridNodeCount: count.default(2),
  vcpuPerNode: z.number().int().min(1).default(4),
  /** How hybrid nodes get credentials: SSM or IAM Roles Anywhere. */
  credentialProvider: z.enum(['SSM', 'IRA']).default('SSM'),
  /** CNI on hybrid nodes (VPC CNI does not run there). */
  cni: z.enum(['cilium', 'calico', 'none']).default('cilium'),
  /** Id of the transit or virtual private gateway, eksctl `remoteNetworkConfig.vpcGatewayID`. */
  vpcGatewayId: z.string().default(''),
});

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const;

export const workloadPropsSchema = z.strictObject({
  workloadKind: z.enum(WORKLOAD_KINDS).default('Deployment'),
  namespace: z.string().default('default'),
  replicas: count.default(2),
  image: z.string().default(''),
  /** CPU request in millicores; 0 = no request. */
  cpuMillicores: count.default(0),
  /** Memory request in MiB; 0 = no request. */
  memoryMiB: count.default(0),
  /** nvidia.com/gpu per pod. */
  gpus: count.default(0),
  labels: stringMap.default({}),
  /** Horizontal Pod Autoscaler; absent = none. */
  hpa: z
    .strictObject({
      minReplicas: z.number().int().min(1),
      maxReplicas: z.number().int().min(1),
      targetCpuPercent: z.number().int().min(1).max(100),
    })
    .optional(),
  /** Service port exposed to load balancers; 0 = none. */
  port: z.number().int().min(0).max(65535).default(80),
  /** Kubernetes Service type in front of the pods (LoadBalancer/NodePort/ClusterIP). */
  serviceType: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']).default('ClusterIP'),
  privileged: z.boolean().default(false),
  hostNetwork: z.boolean().default(false),
  /** Whether the pods call AWS APIs through their own IAM role (IRSA or Pod Identity). */
  usesAwsApis: z.boolean().default(false),
});

/** Props schema per kind. */
export const PROPS_SCHEMAS = {
  vpc: vpcPropsSchema,
  subnet: subnetPropsSchema,
  cluster: clusterPropsSchema,
  'managed-node-group': managedNodeGroupPropsSchema,
  'self-managed-node-group': selfManagedNodeGroupPropsSchema,
  'fargate-profile': fargateProfilePropsSchema,
  alb: albPropsSchema,
  nlb: nlbPropsSchema,
  ecr: ecrPropsSchema,
  'cloud-map': cloudMapPropsSchema,
  'api-gateway': apiGatewayPropsSchema,
  'on-prem-network': onPremNetworkPropsSchema,
  workload: workloadPropsSchema,
} as const satisfies Record<PartKind, z.ZodType>;

export type PropsOf<K extends PartKind> = z.infer<(typeof PROPS_SCHEMAS)[K]>;

export const positionSchema = z.strictObject({ x: z.number().finite(), y: z.number().finite() });
export const sizeSchema = z.strictObject({ width: z.number().finite().positive(), height: z.number().finite().positive() });

function partSchema<K extends PartKind>(kind: K) {
  return z.strictObject({
    id: partIdSchema,
    kind: z.literal(kind),
    name: z.string().max(200),
    /** Id of the containing part (VPC > subnet, cluster > node group, node group > workload). */
    parentId: partIdSchema.optional(),
    /** Position relative to the parent (or the canvas when there is none), in canvas pixels. */
    position: positionSchema,
    /** Drawn size of container parts; leaf parts use the default size of their kind. */
    size: sizeSchema.optional(),
    /** Why the part is there; templates explain each part with it. */
    note: z.string().default(''),
    props: PROPS_SCHEMAS[kind],
  });
}

export const partSchema_ = z.discriminatedUnion('kind', [
  partSchema('vpc'),
  partSchema('subnet'),
  partSchema('cluster'),
  partSchema('managed-node-group'),
  partSchema('self-managed-node-group'),
  partSchema('fargate-profile'),
  partSchema('alb'),
  partSchema('nlb'),
  partSchema('ecr'),
  partSchema('cloud-map'),
  partSchema('api-gateway'),
  partSchema('on-prem-network'),
  partSchema('workload'),
]);
export { partSchema_ as partSchema };

export type Part = z.infer<typeof partSchema_>;
export type PartOf<K extends PartKind> = Extract<Part, { kind: K }>;
export type NodeGroupPart = PartOf<'managed-node-group'> | PartOf<'self-managed-node-group'>;
export type LoadBalancerPart = PartOf<'alb'> | PartOf<'nlb'>;
