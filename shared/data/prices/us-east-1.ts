/**
 * Prices of us-east-1 (N. Virginia), USD, on-demand, Linux, from pricing.md with its confidence marks.
 * Rows pricing.md does not list are confidence C and say so in their note. EC2 rows: every type of the
 * instance catalog (shared/data/ec2/instance-types.json) with a us-east-1 price.
 */
import { instanceTypes } from '../instance-types.js';
import { ec2, ref, regionPrices, unlisted } from './common.js';
import type { PriceRow, RegionPrices } from './types.js';

const EC2_TABLE = 'public EC2 pricing table (Jan 2026) cross-checked with dated blogs';
const FARGATE = 'vantage.sh, wring.co (2026-03-10), factualminds.com (2026-06-17)';
const ELB = 'awsnegotiations.com (2026-05), cloudzero';
const NAT = 'basavytix.com, cloudpipelines (2026)';
const CLOUD_MAP = 'public cost notes quoting https://aws.amazon.com/cloud-map/pricing/';
const API_GATEWAY = 'https://aws.amazon.com/api-gateway/pricing/';

/** Every instance type the catalog prices in us-east-1 (Karpenter's price list, generated from the AWS Price List API). */
const CATALOG_SOURCE = 'aws/karpenter-provider-aws zz_generated.pricing_aws.go, generated 2026-07-20 from the AWS Price List API';
const catalogRows: Record<string, PriceRow> = {};
for (const i of instanceTypes()) {
  if (i.usdPerHourUsEast1 !== undefined && i.usdPerHourUsEast1 > 0) {
    catalogRows[i.type] = ec2(i.usdPerHourUsEast1, 'B', CATALOG_SOURCE);
  }
}

export const US_EAST_1_PRICES: RegionPrices = regionPrices(
  'us-east-1',
  // The control plane's rate: as AWS states it (A).
  'A',
  {
    fargateVcpuHour: ref(0.04048, 'vCPU-hour', 'B', FARGATE),
    fargateGbHour: ref(0.004445, 'GB-hour', 'B', FARGATE),
    albHour: ref(0.0225, 'ALB-hour', 'B', ELB),
    albLcuHour: ref(0.008, 'LCU-hour', 'B', ELB),
    nlbHour: ref(0.0225, 'NLB-hour', 'B', 'awsnegotiations.com (2026-05)'),
    nlbNlcuHour: ref(0.006, 'NLCU-hour', 'B', 'awsnegotiations.com (2026-05)'),
    natGatewayHour: ref(0.045, 'gateway-hour', 'B', NAT),
    natGatewayGb: ref(0.045, 'GB', 'B', NAT),
    interfaceEndpointAzHour: ref(0.01, 'endpoint-AZ-hour', 'B', 'pricing.md: recollection + basavytix comparison (2026)'),
    dataTransferOutGb: ref(0.09, 'GB', 'B', 'cloudburn.io (2026-03), kindatechnical.com'),
    ecrStorageGbMonth: ref(0.1, 'GB-month', 'B', 'cloudburn.io (2026-03), wring.co (2026-03-15)'),
    ebsGp3GbMonth: unlisted(
      0.08,
      'GB-month',
      'https://aws.amazon.com/ebs/pricing/ (gp3 example at USD 0.08 per GB-month, retrieved 2026-12-07); factualminds.com EFS pricing (2026-06: EFS Standard 4x gp3)',
    ),
    efsStandardGbMonth: unlisted(
      0.3,
      'GB-month',
      'https://aws.amazon.com/efs/pricing/ (retrieved 2026-12-07); factualminds.com (2026-06, us-east-1), cloudburn.io (2026-03-03)',
    ),
    cloudMapInstanceMonth: ref(0.1, 'instance-month', 'B', CLOUD_MAP),
    route53HostedZoneMonth: ref(0.5, 'hosted-zone-month', 'B', CLOUD_MAP),
    apiGatewayHttpMillion: unlisted(1.0, 'million requests', API_GATEWAY),
    apiGatewayRestMillion: unlisted(3.5, 'million requests', API_GATEWAY),
    hybridNodeVcpuHour: ref(0.02, 'vCPU-hour', 'C', 'recollection of https://aws.amazon.com/eks/pricing/ (first tier)'),
  },
  {
    ...catalogRows,
    // Rows pricing.md lists (same prices as the catalog), with their own sources.
    't3.medium': ec2(0.0416, 'B', EC2_TABLE),
    'm5.large': ec2(0.096, 'B', EC2_TABLE),
    'm6i.large': ec2(0.096, 'B', EC2_TABLE),
    'c6i.large': ec2(0.085, 'B', EC2_TABLE),
    'r6i.large': ec2(0.126, 'B', EC2_TABLE),
    'g5.xlarge': ec2(1.006, 'B', EC2_TABLE),
    'p3.2xlarge': ec2(3.06, 'B', EC2_TABLE),
  },
);
