/**
 * What eksctl's own fully-private VPC does not have: eksctl builds private subnets only, with no NAT gateway,
 * no internet gateway and no routes to on-premises networks (pkg/cfn/builder/vpc_ipv4.go returns after the
 * private subnets when privateCluster.enabled). A design that draws those things next to a fully-private
 * cluster would export a file whose cluster lacks them, so each is an error (network.fully-private-*), not a
 * silent drop.
 */
import { eksctlBuildsPrivateVpc } from '../../model/cluster-network.js';
import type { DesignIndex } from '../../model/design-index.js';
import type { PartOf } from '../../model/parts.js';

export const EKSCTL_PRIVATE_VPC_SOURCE = 'https://github.com/eksctl-io/eksctl/blob/main/pkg/cfn/builder/vpc_ipv4.go';

/** Fully-private clusters whose VPC eksctl builds, with that VPC part. */
export function privateVpcs(index: DesignIndex): { cluster: PartOf<'cluster'>; vpc: PartOf<'vpc'> }[] {
  return index.ofKind('cluster').flatMap((cluster) => {
    const vpc = index.vpcOf(cluster);
    return vpc && eksctlBuildsPrivateVpc(cluster, vpc, index.childrenOfKind(vpc, 'subnet')) ? [{ cluster, vpc }] : [];
  });
}
