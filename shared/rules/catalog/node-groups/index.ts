import type { Rule } from '../../types.js';
import { efaInstanceType } from './efa-instance-type.js';
import { enclaveInstanceType } from './enclave-instance-type.js';
import { ipv6Nitro } from './ipv6-nitro.js';
import { asgMetricsCollection } from './asg-metrics-collection.js';
import { clusterDnsIp } from './cluster-dns-ip.js';
import { efaOneSubnet } from './efa-one-subnet.js';
import { managedLabelsTaintsApi } from './managed-labels-taints-api.js';
import { mngUpdateConfig } from './mng-update-config.js';
import { mngInstanceType } from './mng-instance-type.js';
import { mngUnsupportedFields } from './mng-unsupported-fields.js';
import { mngLaunchTemplate } from './mng-launch-template.js';
import { ngCustomAmi } from './ng-custom-ami.js';
import { ngAmiFamilyFields } from './ng-ami-family-fields.js';
import { ngVolume } from './ng-volume.js';
import { volumeEbsLimits } from './volume-ebs-limits.js';
import { al2023NodeConfig } from './al2023-node-config.js';
import { releaseVersionMinorRule } from './release-version.js';
import { ngFieldConflicts } from './ng-field-conflicts.js';
import { ngSsh } from './ng-ssh.js';
import { ngCapacityReservation } from './ng-capacity-reservation.js';
import { ngZoneSubnets } from './ng-zone-subnets.js';
import { ngZonesEksctlPicks } from './ng-zones-eksctl-picks.js';
import { mngNodeRepair } from './mng-node-repair.js';
import { ngSubnetUnknown } from './ng-subnet-unknown.js';
import { ngIam } from './ng-iam.js';
import { ngInstancesDistribution } from './ng-instances-distribution.js';
import { ngAsgOptions } from './ng-asg-options.js';
import { ngOutposts } from './ng-outposts.js';
import { selfManagedAccess } from './self-managed-access.js';
import { acceleratorAmiFamily } from './accelerator-ami-family.js';
import { acceleratorMix } from './accelerator-mix.js';
import { al2AmiEol } from './al2-ami-eol.js';
import { amiFamilyVersion } from './ami-family-version.js';
import { caUniformInstanceSizes } from './ca-uniform-instance-sizes.js';
import { ebsMultiAzCa } from './ebs-multi-az-ca.js';
import { gpuAmi } from './gpu-ami.js';
import { gpuOnFargate } from './gpu-on-fargate.js';
import { gpuUbuntuDrivers } from './gpu-ubuntu-drivers.js';
import { gpuWorkloadNodes } from './gpu-workload-nodes.js';
import { imdsv2 } from './imdsv2.js';
import { instanceArchAmi } from './instance-arch-ami.js';
import { instanceSelectorMemory } from './instance-selector-memory.js';
import { instanceSelectorRegex } from './instance-selector-regex.js';
import { instanceTypeUnknown } from './instance-type-unknown.js';
import { nodeCapacityFit } from './capacity-fit.js';
import { labels } from './labels.js';
import { maxPods } from './max-pods.js';
import { maxPodsAboveIpCapacity } from './max-pods-above-ip-capacity.js';
import { multiAz } from './multi-az.js';
import { nameFormat } from './name-format.js';
import { nameUnique } from './name-unique.js';
import { p2Unsupported } from './p2-unsupported.js';
import { macUnsupported } from './mac-unsupported.js';
import { podExceedsNode } from './pod-exceeds-node.js';
import { privateSubnetNetworking } from './private-subnet-networking.js';
import { privateSubnets } from './private-subnets.js';
import { quotaSize } from './quota-size.js';
import { scalingOrder } from './scaling-order.js';
import { selfManagedAmiInstanceType } from './self-managed-ami-instance-type.js';
import { selfManagedName } from './self-managed-name.js';
import { spotDiversification } from './spot-diversification.js';
import { corednsSpotOnly } from './coredns-spot-only.js';
import { launchTemplateSpotTypes } from './launch-template-spot-types.js';
import { sgpInstanceTypes } from './sgp-instance-types.js';
import { sshOpen } from './ssh-open.js';
import { subnetsOutsideVpc } from './subnets-outside-vpc.js';
import { taints } from './taints.js';
import { windowsNeedsLinux } from './windows-needs-linux.js';
import { nodeRolePolicies } from './node-role-policies.js';
import { volumeBelowAmi } from './volume-below-ami.js';

export const nodeGroupsRules: readonly Rule[] = [
  scalingOrder,
  nameFormat,
  selfManagedName,
  nameUnique,
  quotaSize,
  multiAz,
  ebsMultiAzCa,
  privateSubnets,
  privateSubnetNetworking,
  subnetsOutsideVpc,
  sshOpen,
  windowsNeedsLinux,
  nodeRolePolicies,
  volumeBelowAmi,
  gpuAmi,
  gpuUbuntuDrivers,
  gpuOnFargate,
  gpuWorkloadNodes,
  p2Unsupported,
  macUnsupported,
  al2AmiEol,
  spotDiversification,
  corednsSpotOnly,
  launchTemplateSpotTypes,
  sgpInstanceTypes,
  caUniformInstanceSizes,
  imdsv2,
  instanceTypeUnknown,
  instanceSelectorMemory,
  instanceSelectorRegex,
  instanceArchAmi,
  acceleratorMix,
  maxPods,
  maxPodsAboveIpCapacity,
  nodeCapacityFit,
  podExceedsNode,
  amiFamilyVersion,
  acceleratorAmiFamily,
  selfManagedAmiInstanceType,
  labels,
  taints,
  mngUpdateConfig,
  mngInstanceType,
  mngUnsupportedFields,
  mngLaunchTemplate,
  ngCustomAmi,
  ngAmiFamilyFields,
  ngVolume,
  volumeEbsLimits,
  al2023NodeConfig,
  releaseVersionMinorRule,
  ngFieldConflicts,
  ngSsh,
  ngCapacityReservation,
  ngZoneSubnets,
  ngZonesEksctlPicks,
  mngNodeRepair,
  ngSubnetUnknown,
  ngIam,
  ngInstancesDistribution,
  ngAsgOptions,
  ngOutposts,
  selfManagedAccess,
  efaOneSubnet,
  efaInstanceType,
  enclaveInstanceType,
  ipv6Nitro,
  asgMetricsCollection,
  clusterDnsIp,
  managedLabelsTaintsApi,
];
