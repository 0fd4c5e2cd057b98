/**
 * The one way a cost line is made, so every line obeys monthly = round(quantity x unitPrice) and carries
 * the confidence and note of the price row it used.
 */
import type { VersionCalendar } from '../data/kubernetes-versions.js';
import type { PriceRow, RegionPrices } from '../data/prices/types.js';
import type { DesignIndex } from '../model/design-index.js';
import { cleanPrice, roundCents } from './money.js';
import type { CostAssumptions, CostLine } from './types.js';

/** What every group of lines reads. */
export interface CostContext {
  index: DesignIndex;
  prices: RegionPrices;
  assumptions: CostAssumptions;
  today: string;
  calendar: VersionCalendar;
}

export interface LineOptions {
  /** Overrides the row's price (spot discount); the row still gives confidence and unit. */
  unitPrice?: number;
  /** The quantity or price is assumed. */
  estimate?: boolean;
  note?: string;
}

export function costLine(partId: string, item: string, quantity: number, row: PriceRow, options: LineOptions = {}): CostLine {
  const unitPrice = cleanPrice(options.unitPrice ?? row.price);
  const qty = cleanPrice(quantity);
  const line: CostLine = {
    partId,
    item,
    quantity: qty,
    unit: row.unit,
    unitPrice,
    monthly: roundCents(qty * unitPrice),
    confidence: row.confidence,
  };
  if (options.estimate) line.estimate = true;
  const note = [options.note, row.note].filter((n): n is string => !!n).join('; ');
  if (note) line.note = note;
  return line;
}

/** A line for something the table has no price for: counted as 0, flagged, never guessed. */
export function unpricedLine(partId: string, item: string, quantity: number, unit: string, why: string): CostLine {
  return { partId, item, quantity, unit, unitPrice: 0, monthly: 0, confidence: 'C', estimate: true, note: why, unpriced: true };
}

/**
 * EC2 instance hours of one instance type, On-Demand or Spot (Spot as the assumed discount off On-Demand):
 * what node groups, the nodes Cluster Autoscaler adds for jobs and Karpenter's assumed nodes all cost.
 * `notes` say where the quantity comes from; an unpriced type is said so, never priced at $0.
 */
export function instanceHoursLine(
  ctx: CostContext,
  line: { partId: string; item: string; type: string; spot: boolean; quantity: number; notes: string[]; estimate?: boolean },
): CostLine {
  const { partId, item, type, spot, quantity, notes } = line;
  const row = ctx.prices.instances[type];
  if (!row)
    return unpricedLine(
      partId,
      item,
      quantity,
      'instance-hour',
      [`no price for ${type} in ${ctx.prices.region}; not counted in the total`, ...notes].join('; '),
    );
  if (!spot)
    return costLine(partId, item, quantity, row, { note: notes.join('; '), ...(line.estimate ? { estimate: true } : {}) });
  const discount = ctx.assumptions.spotDiscount;
  const spotNote = `spot estimated as on-demand ${row.price} less the assumed ${Math.round(discount * 100)} % discount (spotDiscount)`;
  return costLine(partId, item, quantity, row, {
    unitPrice: row.price * (1 - discount),
    estimate: true,
    note: [...notes, spotNote].join('; '),
  });
}
