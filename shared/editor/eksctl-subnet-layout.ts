/**
 * A subnet added to a VPC that eksctl creates takes the CIDR eksctl will give it. eksctl takes no subnet
 * CIDRs for such a VPC: it splits vpc.cidr by the number of zones (model/eksctl-subnet-split.ts), so a
 * subnet in a new zone moves the private blocks of every zone. The subnets drawn as eksctl lays them out
 * move with it; ones the user set otherwise are left for vpc.subnets-eksctl-split to point out.
 */
import type { Design } from '../model/design.js';
import { EKSCTL_DEFAULT_VPC_CIDR, eksctlSubnetSplit, type EksctlZoneSubnets } from '../model/eksctl-subnet-split.js';
import type { Part, PartOf } from '../model/parts.js';
import { drawnZones, eksctlLaysOutSubnets } from '../export/map-network.js';

const cidrIn = (split: readonly EksctlZoneSubnets[], s: PartOf<'subnet'>): string | undefined =>
  split.find((z) => z.zone === s.props.availabilityZone)?.[s.props.access];

/**
 * `design` with subnet `subnetId` (just added) and its siblings at eksctl's CIDRs, when its VPC is one
 * eksctl creates and eksctl would create a subnet of its access in its zone; otherwise `design` unchanged.
 */
export function layOutAsEksctl(design: Design, subnetId: string): Design {
  const added = design.parts.find((p): p is PartOf<'subnet'> => p.id === subnetId && p.kind === 'subnet');
  const vpc = design.parts.find((p): p is PartOf<'vpc'> => p.kind === 'vpc' && p.id === added?.parentId);
  if (!added || !vpc || added.props.availabilityZone === '') return design;
  const siblings = design.parts.filter(
    (p): p is PartOf<'subnet'> => p.kind === 'subnet' && p.parentId === vpc.id && p.id !== added.id,
  );
  if (!eksctlLaysOutSubnets(vpc, [...siblings, added])) return design;
  // eksctl creates one subnet per zone and access: a second one there is the user's own layout.
  const same = (s: PartOf<'subnet'>) =>
    s.props.availabilityZone === added.props.availabilityZone && s.props.access === added.props.access;
  if (siblings.some(same)) return design;
  const vpcCidr = vpc.props.cidr === '' ? EKSCTL_DEFAULT_VPC_CIDR : vpc.props.cidr;
  const zones = drawnZones(siblings);
  const before = eksctlSubnetSplit(vpcCidr, zones);
  const after = eksctlSubnetSplit(
    vpcCidr,
    zones.includes(added.props.availabilityZone) ? zones : [...zones, added.props.availabilityZone],
  );
  if (!before.ok || !after.ok) return design;
  const moved = new Map<string, string>([[added.id, cidrIn(after.zones, added)!]]);
  for (const s of siblings) if (s.props.cidr === cidrIn(before.zones, s)) moved.set(s.id, cidrIn(after.zones, s)!);
  return {
    ...design,
    parts: design.parts.map((p): Part => {
      const cidr = moved.get(p.id);
      return p.kind === 'subnet' && cidr !== undefined && cidr !== p.props.cidr ? { ...p, props: { ...p.props, cidr } } : p;
    }),
  };
}
