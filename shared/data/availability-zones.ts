/**
 * Availability Zone letters per Region, for the subnet inspector's AZ picker. AZ names map to physical
 * zones per account and a few older zones are closed to new accounts (ap-northeast-1b, us-east-1e for
 * some), so this lists the letters AWS documents for each Region; a subnet keeps any other name it has.
 * Source: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html
 * (zone counts per Region), compiled 2026-08-21.
 */
export const AZ_TABLE_AS_OF = '2026-08-21';

const AZ_LETTERS: Readonly<Record<string, string>> = {
  'us-east-1': 'abcdef',
  'us-east-2': 'abc',
  'us-west-1': 'abc',
  'us-west-2': 'abcd',
  'ca-central-1': 'abd',
  'ca-west-1': 'abc',
  'mx-central-1': 'abc',
  'sa-east-1': 'abc',
  'eu-west-1': 'abc',
  'eu-west-2': 'abc',
  'eu-west-3': 'abc',
  'eu-north-1': 'abc',
  'eu-central-1': 'abc',
  'eu-central-2': 'abc',
  'eu-south-1': 'abc',
  'eu-south-2': 'abc',
  'il-central-1': 'abc',
  'me-central-1': 'abc',
  'me-south-1': 'abc',
  'af-south-1': 'abc',
  'ap-northeast-1': 'acd',
  'ap-northeast-2': 'abcd',
  'ap-northeast-3': 'abc',
  'ap-southeast-1': 'abc',
  'ap-southeast-2': 'abc',
  'ap-southeast-3': 'abc',
  'ap-southeast-4': 'abc',
  'ap-southeast-5': 'abc',
  'ap-southeast-6': 'abc',
  'ap-southeast-7': 'abc',
  'ap-south-1': 'abc',
  'ap-south-2': 'abc',
  'ap-east-1': 'abc',
  'ap-east-2': 'abc',
  'cn-north-1': 'abd',
  'cn-northwest-1': 'abc',
  'us-gov-west-1': 'abc',
  'us-gov-east-1': 'abc',
};

/** AZ names of `region` ("us-east-1a", ...), or [] when the table does not know the Region. */
export function availabilityZonesOf(region: string): string[] {
  return [...knownAvailabilityZones(region)];
}

function spelledOut(region: string): string[] {
  return [...(AZ_LETTERS[region] ?? '')].map((letter) => `${region}${letter}`);
}

/** The table's AZ names by Region, spelt out once when the module loads. */
const ZONES_BY_REGION: ReadonlyMap<string, readonly string[]> = new Map(
  Object.keys(AZ_LETTERS).map((region) => [region, spelledOut(region)]),
);
const NO_ZONES: readonly string[] = [];

/** availabilityZonesOf without the copy, for rules that only read it (every cluster, every validation). */
export function knownAvailabilityZones(region: string): readonly string[] {
  // A name the table inherits (toString) goes the old way, which throws, as it always did.
  return ZONES_BY_REGION.get(region) ?? (region in AZ_LETTERS ? spelledOut(region) : NO_ZONES);
}
