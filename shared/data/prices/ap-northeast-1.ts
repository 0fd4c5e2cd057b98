/**
 * Prices of ap-northeast-1 (Tokyo), USD, on-demand, Linux, from pricing.md with its confidence marks.
 * pricing.md's Tokyo EC2 prices are all C (recollection); rows it does not list are C and say so.
 */
import { ec2, ec2Unlisted, ref, regionPrices, unlisted } from './common.js';
import type { RegionPrices } from './types.js';

const RECOLLECTION = 'pricing.md: recollection of https://aws.amazon.com/ec2/pricing/on-demand/';
const FARGATE = 'clyr.co.jp (2025-09, citing the AWS pricing page)';
const ELB = 'aws.darcy-it.com, mint041223techblog (2024)';
const NAT = 'awsi.click, mint041223techblog (2024)';
const CLOUD_MAP = 'assumed the same as us-east-1 (pricing.md)';
const API_GATEWAY = 'https://aws.amazon.com/api-gateway/pricing/';

export const AP_NORTHEAST_1_PRICES: RegionPrices = regionPrices(
  'ap-northeast-1',
  // The control plane's rate: pricing.md's recollection here (C).
  'C',
  {
    fargateVcpuHour: ref(0.05056, 'vCPU-hour', 'B', FARGATE),
    fargateGbHour: ref(0.005536, 'GB-hour', 'B', FARGATE),
    albHour: ref(0.0243, 'ALB-hour', 'B', ELB),
    albLcuHour: ref(0.008, 'LCU-hour', 'B', ELB),
    nlbHour: ref(0.0243, 'NLB-hour', 'B', 'aws.darcy-it.com'),
    nlbNlcuHour: ref(0.006, 'NLCU-hour', 'B', 'aws.darcy-it.com'),
    natGatewayHour: ref(0.062, 'gateway-hour', 'B', NAT),
    natGatewayGb: ref(0.062, 'GB', 'B', NAT),
    interfaceEndpointAzHour: ref(0.014, 'endpoint-AZ-hour', 'B', 'pricing.md: mint041223techblog (2024)'),
    dataTransferOutGb: ref(0.114, 'GB', 'B', 'awsi.click'),
    ecrStorageGbMonth: ref(0.1, 'GB-month', 'C', 'believed identical to us-east-1, not verified (pricing.md)'),
    ebsGp3GbMonth: unlisted(
      0.096,
      'GB-month',
      'qiita.com/tsukamoto (Tokyo gp3 storage as of 2021-06-01, quoting https://aws.amazon.com/jp/ebs/pricing/)',
    ),
    efsStandardGbMonth: unlisted(
      0.36,
      'GB-month',
      'gritbeaver.com (Tokyo EFS Standard, undated, quoting https://aws.amazon.com/jp/efs/pricing)',
    ),
    cloudMapInstanceMonth: ref(0.1, 'instance-month', 'C', CLOUD_MAP),
    route53HostedZoneMonth: ref(0.5, 'hosted-zone-month', 'B', 'Route 53 is a global service (pricing.md)'),
    apiGatewayHttpMillion: unlisted(1.29, 'million requests', API_GATEWAY),
    apiGatewayRestMillion: unlisted(4.25, 'million requests', API_GATEWAY),
    hybridNodeVcpuHour: ref(0.02, 'vCPU-hour', 'C', 'same tiers as us-east-1, assumed (pricing.md)'),
  },
  {
    't3.medium': ec2(0.0544, 'C', RECOLLECTION),
    't3.large': ec2Unlisted(0.1088),
    'm5.large': ec2(0.124, 'C', RECOLLECTION),
    'm5.xlarge': ec2Unlisted(0.248),
    'm6i.large': ec2(0.124, 'C', RECOLLECTION),
    'm6i.xlarge': ec2Unlisted(0.248),
    'm6i.2xlarge': ec2Unlisted(0.496),
    'm7i.large': ec2Unlisted(0.1302),
    'c6i.large': ec2(0.107, 'C', RECOLLECTION),
    'c6i.xlarge': ec2Unlisted(0.214),
    'c6i.2xlarge': ec2Unlisted(0.428),
    'r6i.large': ec2(0.152, 'C', RECOLLECTION),
    'r6i.xlarge': ec2Unlisted(0.304),
    'm6g.large': ec2Unlisted(0.099),
    'm7g.large': ec2Unlisted(0.1052),
    'c7g.large': ec2Unlisted(0.0912),
    'g4dn.xlarge': ec2Unlisted(0.71),
    'g5.xlarge': ec2(1.459, 'C', RECOLLECTION),
    'g5.2xlarge': ec2Unlisted(1.758),
    'g5.12xlarge': ec2Unlisted(8.226),
    'p3.2xlarge': ec2(4.194, 'C', RECOLLECTION),
  },
);
