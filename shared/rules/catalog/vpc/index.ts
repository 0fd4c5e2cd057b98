import type { Rule } from '../../types.js';
import { cidrFormat } from './cidr-format.js';
import { cidrSizeRange } from './cidr-size-range.js';
import { clusterSubnetMinIps } from './cluster-subnet-min-ips.js';
import { clusterSubnetsTwoAzs } from './cluster-subnets-two-azs.js';
import { dnsSupport } from './dns-support.js';
import { existingVpcSubnets } from './existing-vpc-subnets.js';
import { existingIdMalformed } from './existing-id-malformed.js';
import { eksctlVpcPerCluster } from './eksctl-vpc-per-cluster.js';
import { ipCapacityVpcCni } from './ip-capacity-vpc-cni.js';
import { lbTagClusterFilter } from './lb-tag-cluster-filter.js';
import { lbTagMismatch } from './lb-tag-mismatch.js';
import { lbTagPrivate } from './lb-tag-private.js';
import { lbTagPublic } from './lb-tag-public.js';
import { natGatewayPlacement } from './nat-gateway-placement.js';
import { natPerAz } from './nat-per-az.js';
import { privateNodegroupSubnets } from './private-nodegroup-subnets.js';
import { privateSubnetEgress } from './private-subnet-egress.js';
import { publicNodegroupSubnets } from './public-nodegroup-subnets.js';
import { publicSubnetNeedsIgw } from './public-subnet-needs-igw.js';
import { serviceCidr } from './service-cidr.js';
import { subnetCount } from './subnet-count.js';
import { subnetInsideVpcNoOverlap } from './subnet-inside-vpc-no-overlap.js';
import { vpcCidrPrefix } from './vpc-cidr-prefix.js';
import { subnetsWithAvailabilityZones } from './subnets-with-availability-zones.js';
import { subnetCountLimit } from './subnet-count-limit.js';
import { localZones } from './local-zones.js';
import { vpcCidrLists } from './vpc-cidr-lists.js';
import { extraIpv6CidrsIpv4 } from './extra-ipv6-cidrs-ipv4.js';
import { securityGroupExclusive } from './security-group-exclusive.js';
import { controlPlanePrivateSubnets } from './control-plane-private-subnets.js';
import { ipv6CidrPool } from './ipv6-cidr-pool.js';
import { sharedNodeSgRules } from './shared-node-sg-rules.js';
import { hostnameType } from './hostname-type.js';
import { natIpv6 } from './nat-ipv6.js';
import { natEmptyBlock } from './nat-empty-block.js';
import { autoAllocateIpv6 } from './auto-allocate-ipv6.js';
import { fullyPrivateEndpoints } from './fully-private-endpoints.js';
import { fullyPrivateInternetLb } from './fully-private-internet-lb.js';
import { fullyPrivateVpcHybrid } from './fully-private-vpc-hybrid.js';
import { fullyPrivateVpcPublicSubnets } from './fully-private-vpc-public.js';
import { zoneOutsideRegion } from './zone-outside-region.js';
import { zoneUnknown } from './zone-unknown.js';
import { localZoneAsAvailabilityZone } from './local-zone-as-availability-zone.js';
import { subnetsWithoutVpcId } from './subnets-without-vpc-id.js';
import { subnetsEksctlSplit } from './subnets-eksctl-split.js';
import { eksctlSubnetsBothKinds } from './eksctl-subnets-both-kinds.js';

export const vpcRules: readonly Rule[] = [
  existingIdMalformed,
  clusterSubnetsTwoAzs,
  clusterSubnetMinIps,
  cidrSizeRange,
  subnetInsideVpcNoOverlap,
  dnsSupport,
  publicSubnetNeedsIgw,
  privateSubnetEgress,
  natGatewayPlacement,
  natPerAz,
  lbTagPublic,
  lbTagPrivate,
  lbTagMismatch,
  lbTagClusterFilter,
  ipCapacityVpcCni,
  serviceCidr,
  cidrFormat,
  vpcCidrPrefix,
  subnetCount,
  privateNodegroupSubnets,
  publicNodegroupSubnets,
  existingVpcSubnets,
  eksctlVpcPerCluster,
  subnetsWithAvailabilityZones,
  subnetsWithoutVpcId,
  subnetsEksctlSplit,
  eksctlSubnetsBothKinds,
  subnetCountLimit,
  localZones,
  vpcCidrLists,
  extraIpv6CidrsIpv4,
  securityGroupExclusive,
  controlPlanePrivateSubnets,
  ipv6CidrPool,
  sharedNodeSgRules,
  hostnameType,
  natIpv6,
  natEmptyBlock,
  autoAllocateIpv6,
  fullyPrivateVpcPublicSubnets,
  fullyPrivateInternetLb,
  fullyPrivateVpcHybrid,
  fullyPrivateEndpoints,
  zoneOutsideRegion,
  zoneUnknown,
  localZoneAsAvailabilityZone,
];
