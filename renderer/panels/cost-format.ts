/** How the cost panel writes money: USD with 2 decimals, and signed changes with a real minus sign. */

import { formatUsd } from '../../shared/cost/index.js';

/** 1234.5 -> "$1,234.50": the same writing as the command line's cost report (shared/cost/localize.ts). */
export { formatUsd };

/** A unit price keeps its real precision (0.0116/GB-hour), with at least 2 decimals. */
export function formatUnitPrice(price: number): string {
  const decimals = Math.min(6, Math.max(2, (String(price).split('.')[1] ?? '').length));
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(price);
}

/** 70.08 -> "+$70.08", -3.5 -> "−$3.50" (U+2212), 0 -> "$0.00". */
export function formatChange(amount: number): string {
  if (amount === 0) return formatUsd(0);
  return `${amount > 0 ? '+' : '\u2212'}${formatUsd(Math.abs(amount))}`;
}

/** Reads a number typed in an assumption field; null when it is not one. */
export function parseAssumption(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
