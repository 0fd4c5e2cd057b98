/**
 * Availability Zones new subnets are spread over. The design does not know the user's account, so this is
 * the usual set: the first three zone letters of the region, except where a letter is known to be missing
 * for new accounts (ap-northeast-1 has no 1b) or a zone cannot host the EKS control plane (us-east-1e).
 */
const KNOWN_ZONE_LETTERS: Readonly<Record<string, readonly string[]>> = {
  'ap-northeast-1': ['a', 'c', 'd'],
  'us-east-1': ['a', 'b', 'c'],
  'us-west-1': ['a', 'c'],
};

export function availabilityZonesOf(region: string): string[] {
  const letters = KNOWN_ZONE_LETTERS[region] ?? ['a', 'b', 'c'];
  return letters.map((l) => `${region}${l}`);
}

/** The region of an AZ name (us-east-1a -> us-east-1), or undefined for something else. */
export function regionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}(?:-gov)?-[a-z]+-\d)[a-z]$/.exec(zone)?.[1];
}
