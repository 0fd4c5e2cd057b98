/**
 * The subnet CIDRs eksctl gives a VPC it creates. eksctl takes no subnet layout for a new VPC (any
 * `vpc.subnets` entry is read as an existing subnet to look up, eksctl feature request #1807): it splits
 * `vpc.cidr` itself, in `vpc.SetSubnets` (eksctl pkg/vpc/vpc.go), and this is that split, line for line:
 * two subnets per zone; the CIDR is cut into 8 equal blocks (prefix + 3) for up to 8 subnets, 16 blocks
 * (prefix + 4) for up to 16; zone i gets block i as its public subnet and block i + zones as its private one.
 */
import { formatIpv4, parseCidr } from '../util/cidr.js';

export interface EksctlZoneSubnets {
  zone: string;
  public: string;
  private: string;
}

export type EksctlSplit = { ok: true; zones: EksctlZoneSubnets[] } | { ok: false; reason: 'cidr' | 'prefix' | 'too-many-zones' };

/** eksctl's default VPC CIDR (api.DefaultCIDR), used when `vpc.cidr` is not set. */
export const EKSCTL_DEFAULT_VPC_CIDR = '192.168.0.0/16';

/**
 * eksctl's public and private subnet CIDR for each of `zones` (in the order given, as eksctl keeps
 * `availabilityZones`) inside `vpcCidr`. eksctl refuses a prefix outside /16–/24 ("VPC CIDR prefix must be
 * between /16 and /24") and more than 8 zones ("cannot create more than 16 subnets").
 */
export function eksctlSubnetSplit(vpcCidr: string, zones: readonly string[]): EksctlSplit {
  const parsed = parseCidr(vpcCidr.trim(), true);
  if (!parsed) return { ok: false, reason: 'cidr' };
  if (parsed.prefix < 16 || parsed.prefix > 24) return { ok: false, reason: 'prefix' };
  const total = zones.length * 2;
  if (total > 16) return { ok: false, reason: 'too-many-zones' };
  // getSubnetNetworkSize: 2 subnets (one zone, Outposts) and up to 8 both cut into /+3 blocks.
  const extraBits = total <= 8 ? 3 : 4;
  const length = parsed.prefix + extraBits;
  const block = 2 ** (32 - length);
  // eksctl adds i << (32 - length) to the address as parsed (net.ParseCIDR clears host bits).
  const out: EksctlZoneSubnets[] = [];
  for (let i = 0; i < zones.length; i++)
    out.push({
      zone: zones[i]!,
      public: blockAt(parsed.network, i, block, length),
      private: blockAt(parsed.network, i + zones.length, block, length),
    });
  return { ok: true, zones: out };
}

/** The CIDR text of block `i` of size `block` (prefix `length`) from `network`. */
function blockAt(network: number, i: number, block: number, length: number): string {
  return `${formatIpv4((network + i * block) >>> 0)}/${length}`;
}
