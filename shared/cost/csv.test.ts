import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../templates/index.js';
import { COST_CSV_COLUMNS, costLinesToCsv } from './csv.js';
import { estimateCost } from './estimate.js';
import type { CostEstimate } from './types.js';

/** A small RFC 4180 reader, enough to check the writer's quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      endCell();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('costLinesToCsv', () => {
  it('writes a header and one CRLF row per line', () => {
    const estimate = estimateCost(loadTemplate('api-backend').design, { today: '2026-11-28' });
    const csv = costLinesToCsv(estimate);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...COST_CSV_COLUMNS]);
    expect(rows).toHaveLength(estimate.lines.length + 1);
    expect(rows[2]).toEqual([
      'ng-api',
      'EC2 m6i.large on-demand (ng-api)',
      '2190',
      'instance-hour',
      '0.096',
      '210.24',
      'B',
      'no',
      '3 node(s) at desired size',
    ]);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const estimate: CostEstimate = {
      region: 'us-east-1',
      currency: 'USD',
      asOf: '2026-06-17',
      source: 's',
      monthlyTotal: 1,
      assumptions: {} as CostEstimate['assumptions'],
      lines: [
        { partId: 'p', item: 'a, "b"\nc', quantity: 1, unit: 'u', unitPrice: 1, monthly: 1, confidence: 'C', estimate: true },
        { partId: 'q', item: '=HYPERLINK("x")', quantity: 0, unit: 'u', unitPrice: 0, monthly: 0, confidence: 'A' },
      ],
    };
    const csv = costLinesToCsv(estimate);
    expect(csv).toContain('p,"a, ""b""\nc",1,u,1,1.00,C,yes,\r\n');
    expect(parseCsv(csv)[1]![1]).toBe('a, "b"\nc');
    expect(parseCsv(csv)[2]![1]).toBe(`'=HYPERLINK("x")`);
  });

  it('leaves the price and monthly cells of a line without a price empty, never 0', () => {
    const estimate: CostEstimate = {
      ...estimateCost(loadTemplate('web-application').design, { today: '2026-11-28' }),
    };
    const unpriced = {
      partId: 'ng',
      item: 'EC2 mac2.metal on-demand (ng)',
      quantity: 730,
      unit: 'instance-hour',
      unitPrice: 0,
      monthly: 0,
      confidence: 'C' as const,
      estimate: true,
      unpriced: true,
      note: 'no price',
    };
    const rows = parseCsv(costLinesToCsv({ ...estimate, lines: [unpriced] }));
    expect(rows[1]).toEqual(['ng', 'EC2 mac2.metal on-demand (ng)', '730', 'instance-hour', '', '', 'C', 'yes', 'no price']);
  });
});
