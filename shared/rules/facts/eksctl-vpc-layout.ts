/**
 * How eksctl lays out the subnets of a VPC it creates, as the VPC rules read it: the drawn zones in
 * `availabilityZones` order, eksctl's split of the VPC CIDR over them, and whether the VPC is a fully-private
 * cluster's (private subnets only). Once per VPC and validation: vpc.subnets-eksctl-split and
 * vpc.eksctl-subnets-both-kinds both ask.
 */
import { eksctlLaysOutSubnets, vpcDrawnZones } from '../../export/map-network.js';
import { isFullyPrivateCluster } from '../../model/cluster-network.js';
import { memoSlot, type DesignIndex } from '../../model/design-index.js';
import { EKSCTL_DEFAULT_VPC_CIDR, eksctlSubnetSplit, type EksctlSplit } from '../../model/eksctl-subnet-split.js';
import type { PartOf } from '../../model/parts.js';

export interface EksctlVpcLayout {
  /** The drawn subnets' zones, in the order the export writes them to `availabilityZones`. */
  zones: readonly string[];
  /** eksctl's public and private CIDR per zone, or why eksctl cannot split the CIDR. */
  split: EksctlSplit;
  /** A fully-private cluster's VPC: eksctl creates private subnets only. */
  privateOnly: boolean;
}

const LAYOUTS = memoSlot<Map<string, EksctlVpcLayout | null>>('eksctl VPC layouts');

/**
 * The layout of `vpc`, or undefined when eksctl does not lay out its subnets: no cluster in it, no subnet
 * drawn (eksctl's own defaults, nothing to compare), or an existing VPC or subnet.
 */
export function eksctlVpcLayout(index: DesignIndex, vpc: PartOf<'vpc'>): EksctlVpcLayout | undefined {
  return index.memoOf(LAYOUTS, vpc.id, layoutOf, vpc) ?? undefined;
}

function layoutOf(index: DesignIndex, vpc: PartOf<'vpc'>): EksctlVpcLayout | null {
  const clusters = index.childrenOfKind(vpc, 'cluster');
  const subnets = index.childrenOfKind(vpc, 'subnet');
  if (clusters.length === 0 || subnets.length === 0 || !eksctlLaysOutSubnets(vpc, subnets)) return null;
  const zones = vpcDrawnZones(index, vpc);
  return {
    zones,
    split: eksctlSubnetSplit(vpc.props.cidr === '' ? EKSCTL_DEFAULT_VPC_CIDR : vpc.props.cidr, zones),
    privateOnly: clusters.some(isFullyPrivateCluster),
  };
}
