import { describe, expect, it } from 'vitest';
import { cleanPrice, roundCents, sumCents } from './money.js';

describe('money', () => {
  it('rounds half up to cents despite binary floats', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the naive rounding gets it wrong
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(0.0225 * 730)).toBe(16.43);
    expect(roundCents(3 * 0.045 * 730)).toBe(98.55);
    expect(roundCents(0.004)).toBe(0);
    expect(roundCents(0.005)).toBe(0.01);
  });

  it('sums cents exactly', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumCents([0.1, 0.2])).toBe(0.3);
    expect(sumCents([846.48, -846.48])).toBe(0);
  });

  it('cleans float noise from unit prices', () => {
    expect(cleanPrice(0.096 * (1 - 0.7))).toBe(0.0288);
  });
});
