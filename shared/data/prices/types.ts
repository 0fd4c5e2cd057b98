/**
 * The shape of the price table the cost estimate reads. Prices are data: each row carries its unit, the
 * confidence mark of /work/shared/reference/pricing.md (A: stated by AWS, B: quoted by dated third-party
 * pages citing AWS, C: not confirmed by a retrieved source) and where it came from.
 */

export type PriceConfidence = 'A' | 'B' | 'C';

export interface PriceRow {
  /** Price per `unit`, in the table's currency. */
  price: number;
  unit: string;
  confidence: PriceConfidence;
  source: string;
  /** Why the row is as it is, when that is not obvious (e.g. not in the reference table). */
  note?: string;
}

/** Every non-EC2 price the estimate uses; the key names the AWS price dimension. */
export interface ServicePrices {
  controlPlaneStandardHour: PriceRow;
  controlPlaneExtendedHour: PriceRow;
  fargateVcpuHour: PriceRow;
  fargateGbHour: PriceRow;
  albHour: PriceRow;
  albLcuHour: PriceRow;
  nlbHour: PriceRow;
  nlbNlcuHour: PriceRow;
  natGatewayHour: PriceRow;
  natGatewayGb: PriceRow;
  /** Interface VPC endpoint (PrivateLink), per endpoint per AZ-hour; gateway endpoints (s3) are free. */
  interfaceEndpointAzHour: PriceRow;
  dataTransferOutGb: PriceRow;
  ecrStorageGbMonth: PriceRow;
  /** EBS General Purpose SSD (gp3) storage, per provisioned GB-month (baseline 3,000 IOPS and 125 MB/s included). */
  ebsGp3GbMonth: PriceRow;
  /** EFS Standard (Regional) storage, per stored GB-month; throughput and access charges not included. */
  efsStandardGbMonth: PriceRow;
  cloudMapInstanceMonth: PriceRow;
  route53HostedZoneMonth: PriceRow;
  apiGatewayHttpMillion: PriceRow;
  apiGatewayRestMillion: PriceRow;
  hybridNodeVcpuHour: PriceRow;
}

export type ServicePriceKey = keyof ServicePrices;

/** The prices of one AWS Region. */
export interface RegionPrices {
  region: string;
  currency: 'USD';
  /** The day the prices were taken (YYYY-MM-DD). */
  asOf: string;
  /** Where the prices come from, as a whole; rows name their own source too. */
  source: string;
  services: ServicePrices;
  /** EC2 on-demand Linux prices per instance-hour, by instance type. */
  instances: Readonly<Record<string, PriceRow>>;
}

/** Price tables by Region code. */
export type PriceTable = Readonly<Record<string, RegionPrices>>;
