import type { PartOf } from '../../../model/parts.js';
import { wholeAddressSpace } from '../../facts/config-network.js';

/**
 * The blocks through which a cluster's public endpoint takes the whole internet, joined ("0.0.0.0/0, ::/0"), or
 * undefined when its public access is limited. EKS's default, with no blocks listed, is 0.0.0.0/0, and also ::/0
 * for an IPv6 cluster, whose public endpoint is dual-stack; only an IPv6 cluster takes IPv6 blocks at all
 * (VpcConfigRequest publicAccessCidrs: "You can't add IPv6 CIDR blocks to IPv4 clusters"), so ::/0 opens only
 * its endpoint. Whether public access is on at all is the caller's.
 */
export function publicEndpointOpenTo(cluster: PartOf<'cluster'>): string | undefined {
  const ipv6 = cluster.props.ipFamily === 'IPv6';
  const cidrs = cluster.props.endpointAccess.publicAccessCidrs;
  if (cidrs.length === 0) return ipv6 ? '0.0.0.0/0, ::/0' : '0.0.0.0/0';
  let open: string | undefined;
  for (let i = 0; i < cidrs.length; i++) {
    const family = wholeAddressSpace(cidrs[i]!);
    if (family === 'IPv4' || (family === 'IPv6' && ipv6))
      open = open === undefined ? cidrs[i]!.trim() : `${open}, ${cidrs[i]!.trim()}`;
  }
  return open;
}
