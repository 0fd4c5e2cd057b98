/**
 * Views of an estimate a cost panel needs beside the line list: the monthly cost per part (for a badge on
 * each box) and whether the total leaves anything out or rests on assumptions.
 */
import { sumCents } from './money.js';
import type { CostEstimate } from './types.js';

/** Monthly cost per part id (lines with no part are under ''), each the cent-exact sum of its lines. */
export function costByPart(estimate: CostEstimate): Map<string, number> {
  const grouped = new Map<string, number[]>();
  for (const line of estimate.lines) grouped.set(line.partId, [...(grouped.get(line.partId) ?? []), line.monthly]);
  return new Map([...grouped].map(([id, amounts]) => [id, sumCents(amounts)]));
}

export interface CostCaveats {
  /** Items the table has no price for, so the total is too low by their cost. */
  unpriced: string[];
  /** The part of the total that rests on assumed quantities or prices (estimate lines). */
  estimatedMonthly: number;
  /** The part of the total priced from confidence-C rows (to verify before relying on it). */
  lowConfidenceMonthly: number;
}

export function costCaveats(estimate: CostEstimate): CostCaveats {
  return {
    unpriced: estimate.lines.filter((l) => l.unpriced).map((l) => l.item),
    estimatedMonthly: sumCents(estimate.lines.filter((l) => l.estimate).map((l) => l.monthly)),
    lowConfidenceMonthly: sumCents(estimate.lines.filter((l) => l.confidence === 'C').map((l) => l.monthly)),
  };
}
