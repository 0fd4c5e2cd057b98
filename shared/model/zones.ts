import { availabilityZonesOf } from '../data/availability-zones.js';

/** Zones where EKS cannot place a cluster's control-plane network (AWS: us-east-1e). */
const NO_CONTROL_PLANE = new Set(['us-east-1e']);

/**
 * Availability Zones new subnets are spread over: the first three zones of the region from the app's dated AZ
 * table (the same one the inspector's AZ picker lists, so a new subnet never gets a zone the picker calls
 * unknown), without zones EKS refuses. A region the table does not know gets a/b/c.
 */
export function subnetZonesOf(region: string): string[] {
  const known = availabilityZonesOf(region).filter((z) => !NO_CONTROL_PLANE.has(z));
  return (known.length > 0 ? known : ['a', 'b', 'c'].map((l) => `${region}${l}`)).slice(0, 3);
}

/** The region of an AZ name (us-east-1a -> us-east-1), or undefined for something else. */
export function regionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}(?:-gov)?-[a-z]+-\d)[a-z]$/.exec(zone)?.[1];
}
