/**
 * The estimate's lines as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled). Text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
import type { CostEstimate, CostLine } from './types.js';

export const COST_CSV_COLUMNS = [
  'partId',
  'item',
  'quantity',
  'unit',
  'unitPrice',
  'monthly',
  'confidence',
  'estimate',
  'note',
] as const;

function field(value: string): string {
  // Part names come from shared design files: keep "=HYPERLINK(...)" a string in Excel and friends.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(line: CostLine): string[] {
  return [
    field(line.partId),
    field(line.item),
    String(line.quantity),
    field(line.unit),
    // A line without a price is empty there, never 0 (which a spreadsheet would sum as free).
    line.unpriced ? '' : String(line.unitPrice),
    line.unpriced ? '' : line.monthly.toFixed(2),
    line.confidence,
    line.estimate ? 'yes' : 'no',
    field(line.note ?? ''),
  ];
}

/** A header row and one row per line, CRLF-terminated. */
export function costLinesToCsv(estimate: CostEstimate): string {
  return [COST_CSV_COLUMNS.join(','), ...estimate.lines.map((l) => row(l).join(','))].map((r) => `${r}\r\n`).join('');
}
