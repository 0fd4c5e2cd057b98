/** VPC: the network everything in AWS sits in; eksctl creates it or reuses an existing one. */
import { z } from 'zod';
import { passthrough } from './common.js';
import { defineKind } from './define.js';

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

export const vpcKind = defineKind({
  kind: 'vpc',
  propsSchema: vpcPropsSchema,
  defaultProps: { cidr: '10.0.0.0/16' },
  defaultName: 'vpc',
  parents: { allowed: [], required: false },
  defaultSize: { width: 960, height: 620 },
  connectsTo: [],
  labels: {
    en: {
      name: 'VPC',
      fields: {
        cidr: 'CIDR block',
        azCount: 'Availability Zones eksctl picks (count assumed for checks and cost)',
        availabilityZones: 'Availability Zones for eksctl (none: eksctl picks them)',
        natGateway: 'NAT gateway',
        internetGateway: 'Internet gateway',
        enableDnsSupport: 'DNS resolution',
        enableDnsHostnames: 'DNS hostnames',
        vpcEndpoints: 'VPC endpoints',
        existingVpcId: 'Existing VPC ID (vpc-…)',
      },
    },
    ja: {
      name: 'VPC',
      fields: {
        cidr: 'CIDR ブロック',
        azCount: 'eksctl が選ぶアベイラビリティーゾーン数（チェックとコストの想定）',
        availabilityZones: 'eksctl が使うアベイラビリティーゾーン（なし: eksctl が選択）',
        natGateway: 'NAT ゲートウェイ',
        internetGateway: 'インターネットゲートウェイ',
        enableDnsSupport: 'DNS 解決',
        enableDnsHostnames: 'DNS ホスト名',
        vpcEndpoints: 'VPC エンドポイント',
        existingVpcId: '既存 VPC の ID（vpc-…）',
      },
    },
  },
  io: {
    export: { how: 'ClusterConfig vpc: cidr, nat, id of an existing VPC, availabilityZones', by: 'shared/export/map-network.ts' },
    import: { how: 'one VPC part from vpc (cidr, nat, id) and availabilityZones', by: 'shared/import/map-parts.ts' },
    cost: {
      how: 'NAT gateway hours and processed data, interface endpoints of a fully private cluster',
      by: 'shared/cost/network.ts',
    },
  },
});
