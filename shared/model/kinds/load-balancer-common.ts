/** What ALBs and NLBs share: props, place in a VPC, size, field labels and cost. */
import { z } from 'zod';
import { partIdSchema } from './common.js';

export const loadBalancerFields = {
  scheme: z.enum(['internet-facing', 'internal']),
  targetType: z.enum(['ip', 'instance']).default('ip'),
  /** Subnet parts the load balancer has nodes in; empty = discovered from subnet tags. */
  subnetIds: z.array(partIdSchema).default([]),
};

export const LOAD_BALANCER_PLACE = {
  /** ALB and NLB names are at most 32 characters. */
  nameMaxLength: 32,
  parents: { allowed: ['vpc'], required: false },
  defaultSize: { width: 200, height: 84 },
  /** A load balancer sends requests to the Pods of a workload. */
  connectsTo: [{ to: 'workload', meaning: 'routes-to', drawnAs: 'traffic' }],
} as const;

export const LOAD_BALANCER_FIELD_LABELS = {
  en: {
    scheme: 'Scheme',
    targetType: 'Target type',
    subnetIds: 'Subnets (none ticked = found by subnet tags)',
    assumedCapacityUnits: 'Assumed capacity units (LCU per hour)',
  },
  ja: {
    scheme: 'スキーム',
    targetType: 'ターゲットタイプ',
    subnetIds: 'サブネット（未選択 = サブネットのタグで検出）',
    assumedCapacityUnits: '想定キャパシティユニット（1 時間あたりの LCU）',
  },
} as const;

export const LOAD_BALANCER_IO = {
  export: {
    none: 'eksctl creates no load balancers: the AWS Load Balancer Controller does, from Ingress and Service objects (subnets get its discovery tags on export)',
  },
  import: { none: 'a ClusterConfig names no load balancers' },
  cost: { how: 'load-balancer hours and assumed capacity units', by: 'shared/cost/network.ts' },
} as const;
