/**
 * What managed and self-managed node groups share: the same props (eksctl takes the same fields for both),
 * the same size, parent, field labels, export, import and cost; each kind module gives its id and names.
 */
import { z } from 'zod';
import { count, partIdSchema, passthrough, stringMap } from './common.js';
import { defineKind } from './define.js';

/**
 * The families eksctl offers (its schema's amiFamily) for a Kubernetes version EKS still runs; Ubuntu 20.04 stopped
 * at 1.28. A family missing here would import as AmazonLinux2023 on the canvas, hiding it from the rules and cost.
 */
export const AMI_FAMILIES = [
  'AmazonLinux2023',
  'AmazonLinux2',
  'Bottlerocket',
  'BottlerocketFips',
  'Ubuntu2204',
  'Ubuntu2404',
  'Ubuntu2604',
  'UbuntuPro2204',
  'UbuntuPro2404',
  'UbuntuPro2604',
  'WindowsServer2019FullContainer',
  'WindowsServer2019CoreContainer',
  'WindowsServer2022FullContainer',
  'WindowsServer2022CoreContainer',
  'WindowsServer2025FullContainer',
  'WindowsServer2025CoreContainer',
] as const;

export const taintSchema = z.strictObject({
  key: z.string(),
  value: z.string().default(''),
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
});

export const nodeGroupFields = {
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

export const NODE_GROUP_FIELD_LABELS = {
  en: {
    instanceTypes: 'Instance types',
    capacityType: 'Capacity type',
    minSize: 'Minimum size (nodes)',
    desiredCapacity: 'Desired size (nodes)',
    maxSize: 'Maximum size (nodes)',
    amiFamily: 'AMI family',
    volumeSize: 'Root volume size (GiB)',
    labels: 'Node labels',
    taints: 'Taints',
    privateNetworking: 'Private networking (no public IPs)',
    subnetIds: 'Subnets',
    disableImdsV1: 'Require IMDSv2 (block IMDSv1)',
    sshAllowedCidrs: 'SSH allowed from (CIDRs)',
  },
  ja: {
    instanceTypes: 'インスタンスタイプ',
    capacityType: 'キャパシティタイプ',
    minSize: '最小サイズ（ノード数）',
    desiredCapacity: '希望サイズ（ノード数）',
    maxSize: '最大サイズ（ノード数）',
    amiFamily: 'AMI ファミリー',
    volumeSize: 'ルートボリュームのサイズ（GiB）',
    labels: 'ノードのラベル',
    taints: 'テイント',
    privateNetworking: 'プライベートネットワーキング（パブリック IP なし）',
    subnetIds: 'サブネット',
    disableImdsV1: 'IMDSv2 を必須にする（IMDSv1 を無効化）',
    sshAllowedCidrs: 'SSH を許可する CIDR',
  },
} as const;

/**
 * A node group kind: managed and self-managed differ only in their id, name, default name and the
 * ClusterConfig list eksctl keeps them in.
 */
export function defineNodeGroupKind<const K extends string>(spec: {
  kind: K;
  defaultName: string;
  name: { en: string; ja: string };
  /** The ClusterConfig list: managedNodeGroups or nodeGroups. */
  eksctlList: string;
}) {
  return defineKind({
    kind: spec.kind,
    propsSchema: z.strictObject(nodeGroupFields),
    /** Three nodes that can shrink to two and grow to six. */
    defaultProps: { instanceTypes: ['m6i.large'], minSize: 2, desiredCapacity: 3, maxSize: 6 },
    defaultName: spec.defaultName,
    parents: { allowed: ['cluster'], required: true },
    defaultSize: { width: 280, height: 170 },
    connectsTo: [],
    labels: {
      en: { name: spec.name.en, fields: NODE_GROUP_FIELD_LABELS.en },
      ja: { name: spec.name.ja, fields: NODE_GROUP_FIELD_LABELS.ja },
    },
    io: {
      export: { how: `ClusterConfig ${spec.eksctlList}`, by: 'shared/export/map-compute.ts' },
      import: { how: `one part per ${spec.eksctlList} entry`, by: 'shared/import/import-eksctl.ts' },
      cost: {
        how: 'EC2 instance hours at desired size, On-Demand or Spot, plus Cluster Autoscaler scale-out for Jobs',
        by: 'shared/cost/compute.ts',
      },
    },
  });
}
