/**
 * Building blocks shared by the per-Region price files: row constructors, the reference's name, and the
 * control-plane rows (one global rate, kept in eks-control-plane-prices.ts, which the rules also read).
 */
import { EKS_CONTROL_PLANE_PRICES } from '../eks-control-plane-prices.js';
import type { PriceConfidence, PriceRow, RegionPrices, ServicePrices } from './types.js';

/** Where the table as a whole comes from. */
export const PRICE_REFERENCE =
  'EKS Sandbox pricing reference (pricing.md), compiled from AWS pricing pages and dated secondary sources';

/** The day the reference's newest sources were dated; the whole table is "as of" this day. */
export const PRICES_AS_OF = '2026-06-17';

/** The note every row carries that pricing.md does not list. */
export const NOT_IN_REFERENCE = 'not in the reference table; list price believed current';

/** A row taken from pricing.md. */
export function ref(price: number, unit: string, confidence: PriceConfidence, source: string): PriceRow {
  return { price, unit, confidence, source };
}

/** A row pricing.md does not list: always confidence C, always saying so. */
export function unlisted(price: number, unit: string, source: string): PriceRow {
  return { price, unit, confidence: 'C', source, note: NOT_IN_REFERENCE };
}

/** An EC2 on-demand Linux price per instance-hour. */
export function ec2(price: number, confidence: PriceConfidence, source: string): PriceRow {
  return ref(price, 'instance-hour', confidence, source);
}

/** An EC2 on-demand Linux price pricing.md does not list. */
export function ec2Unlisted(price: number): PriceRow {
  return unlisted(price, 'instance-hour', 'https://aws.amazon.com/ec2/pricing/on-demand/');
}

/** The two control-plane rows, at the global rate; `confidence` is per Region (A where AWS stated it). */
export function controlPlaneRows(confidence: PriceConfidence): { standard: PriceRow; extended: PriceRow } {
  const p = EKS_CONTROL_PLANE_PRICES;
  return {
    standard: ref(p.standardPerClusterHour, 'cluster-hour', confidence, p.source),
    extended: ref(p.extendedPerClusterHour, 'cluster-hour', confidence, p.source),
  };
}

/** A Region's services other than the control plane, whose rate is global. */
export type RegionServicePrices = Omit<ServicePrices, 'controlPlaneStandardHour' | 'controlPlaneExtendedHour'>;

/**
 * A Region's table: every Region is priced in USD from the same reference on the same day, and its control
 * plane at the global rate, with the confidence the reference gives it there.
 */
export function regionPrices(
  region: string,
  controlPlaneConfidence: PriceConfidence,
  services: RegionServicePrices,
  instances: Readonly<Record<string, PriceRow>>,
): RegionPrices {
  const cp = controlPlaneRows(controlPlaneConfidence);
  return {
    region,
    currency: 'USD',
    asOf: PRICES_AS_OF,
    source: PRICE_REFERENCE,
    services: { controlPlaneStandardHour: cp.standard, controlPlaneExtendedHour: cp.extended, ...services },
    instances,
  };
}
