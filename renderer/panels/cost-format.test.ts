import { describe, expect, it } from 'vitest';
import { formatChange, formatUnitPrice, formatUsd, parseAssumption } from './cost-format.js';

describe('cost formatting', () => {
  it('writes totals in USD with two decimals and thousands separators', () => {
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0.1 + 0.2)).toBe('$0.30');
  });

  it('signs changes, with a minus sign rather than a hyphen', () => {
    expect(formatChange(70.08)).toBe('+$70.08');
    expect(formatChange(-3.5)).toBe('\u2212$3.50');
    expect(formatChange(0)).toBe('$0.00');
  });

  it('keeps the precision of unit prices', () => {
    expect(formatUnitPrice(0.096)).toBe('$0.096');
    expect(formatUnitPrice(0.0288)).toBe('$0.0288');
    expect(formatUnitPrice(5)).toBe('$5.00');
  });

  it('rejects text that is not a finite number', () => {
    expect(parseAssumption(' 12.5 ')).toBe(12.5);
    expect(parseAssumption('')).toBeNull();
    expect(parseAssumption('abc')).toBeNull();
    expect(parseAssumption('Infinity')).toBeNull();
  });
});
