/** Subnet: one address block of a VPC in one Availability Zone, public or private. */
import { z } from 'zod';
import { passthrough, stringMap } from './common.js';
import { defineKind } from './define.js';

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

export const subnetKind = defineKind({
  kind: 'subnet',
  propsSchema: subnetPropsSchema,
  defaultProps: { availabilityZone: 'us-east-1a', cidr: '10.0.0.0/19', access: 'private' },
  defaultName: 'subnet',
  parents: { allowed: ['vpc'], required: true },
  defaultSize: { width: 200, height: 84 },
  connectsTo: [],
  labels: {
    en: {
      name: 'Subnet',
      fields: {
        availabilityZone: 'Availability Zone',
        cidr: 'CIDR block',
        access: 'Access',
        existingSubnetId: 'Existing subnet ID (subnet-…)',
        tags: 'Tags',
      },
    },
    ja: {
      name: 'サブネット',
      fields: {
        availabilityZone: 'アベイラビリティーゾーン',
        cidr: 'CIDR ブロック',
        access: 'アクセス',
        existingSubnetId: '既存サブネットの ID（subnet-…）',
        tags: 'タグ',
      },
    },
  },
  io: {
    export: {
      how: 'an existing subnet: ClusterConfig vpc.subnets.public / private with its id; in a VPC eksctl creates: its zone in availabilityZones (eksctl splits the VPC CIDR itself)',
      by: 'shared/export/map-network.ts',
    },
    import: {
      how: 'one subnet part per entry of vpc.subnets.public / private, or per subnet eksctl creates in availabilityZones',
      by: 'shared/import/map-parts.ts',
    },
    cost: { none: 'subnets are free; NAT gateways are priced on the VPC' },
  },
});
