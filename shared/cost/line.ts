/**
 * The one way a cost line is made, so every line obeys monthly = round(quantity x unitPrice) and carries
 * the confidence and note of the price row it used.
 */
import type { VersionCalendar } from '../data/kubernetes-versions.js';
import type { PriceRow, RegionPrices } from '../data/prices/types.js';
import type { DesignIndex } from '../model/design-index.js';
import { NOT_IN_REFERENCE } from '../data/prices/common.js';
import { costText, joinNotes, renderCostText, type CostText } from './localize.js';
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
  notes?: readonly CostText[];
}

/** The price row's own note as a text: the one the table writes has an id, any other is shown as written. */
function rowNote(row: PriceRow): CostText[] {
  if (!row.note) return [];
  return [row.note === NOT_IN_REFERENCE ? costText('note.not-in-reference') : costText('note.as-written', { text: row.note })];
}

/** The line's words: English in `item`/`note` (fields in the order JSON output lists them), the texts beside them. */
function withTexts(line: Omit<CostLine, 'item' | 'note' | 'text'>, item: CostText, notes: readonly CostText[]): CostLine {
  const { partId, quantity, unit, unitPrice, monthly, confidence, estimate, unpriced } = line;
  const out: CostLine = { partId, item: renderCostText(item, 'en'), quantity, unit, unitPrice, monthly, confidence };
  if (estimate) out.estimate = true;
  if (notes.length > 0) out.note = joinNotes(notes, 'en');
  if (unpriced) out.unpriced = true;
  out.text = { item, notes };
  return out;
}

export function costLine(partId: string, item: CostText, quantity: number, row: PriceRow, options: LineOptions = {}): CostLine {
  const unitPrice = cleanPrice(options.unitPrice ?? row.price);
  const qty = cleanPrice(quantity);
  return withTexts(
    {
      partId,
      quantity: qty,
      unit: row.unit,
      unitPrice,
      monthly: roundCents(qty * unitPrice),
      confidence: row.confidence,
      ...(options.estimate ? { estimate: true } : {}),
    },
    item,
    [...(options.notes ?? []), ...rowNote(row)],
  );
}

/** A line for something the table has no price for: counted as 0, flagged, never guessed. */
export function unpricedLine(partId: string, item: CostText, quantity: number, unit: string, why: readonly CostText[]): CostLine {
  const line = { partId, quantity, unit, unitPrice: 0, monthly: 0, confidence: 'C', estimate: true, unpriced: true } as const;
  return withTexts(line, item, why);
}

/** The capacity type as the items name it. */
export function capacityText(spot: boolean): CostText {
  return costText(spot ? 'capacity.spot' : 'capacity.on-demand');
}

/**
 * EC2 instance hours of one instance type, On-Demand or Spot (Spot as the assumed discount off On-Demand):
 * what node groups, the nodes Cluster Autoscaler adds for jobs and Karpenter's assumed nodes all cost.
 * `notes` say where the quantity comes from; an unpriced type is said so, never priced at $0.
 */
export function instanceHoursLine(
  ctx: CostContext,
  line: { partId: string; item: CostText; type: string; spot: boolean; quantity: number; notes: CostText[]; estimate?: boolean },
): CostLine {
  const { partId, item, type, spot, quantity, notes } = line;
  const row = ctx.prices.instances[type];
  if (!row) {
    const why = costText('note.no-price', { type, region: ctx.prices.region });
    return unpricedLine(partId, item, quantity, 'instance-hour', [why, ...notes]);
  }
  if (!spot) return costLine(partId, item, quantity, row, { notes, ...(line.estimate ? { estimate: true } : {}) });
  const discount = ctx.assumptions.spotDiscount;
  const spotNote = costText('note.spot', { price: row.price, percent: Math.round(discount * 100) });
  return costLine(partId, item, quantity, row, {
    unitPrice: row.price * (1 - discount),
    estimate: true,
    notes: [...notes, spotNote],
  });
}
