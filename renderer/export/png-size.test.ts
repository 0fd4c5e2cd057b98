import { describe, expect, it } from 'vitest';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, pngSize } from './png-size.js';

describe('pngSize', () => {
  it('multiplies the diagram size by the scale asked for when that fits', () => {
    expect(pngSize(1640, 760, 2)).toEqual({ scale: 2, width: 3280, height: 1520, clamped: false });
    expect(pngSize(1640, 760, 3)).toEqual({ scale: 3, width: 4920, height: 2280, clamped: false });
  });

  it('lowers the scale of a wide diagram so its longest side stays within the limit', () => {
    const size = pngSize(12_000, 800, 3);
    expect(size.clamped).toBe(true);
    expect(size.width).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(size.scale).toBeCloseTo(MAX_PNG_SIDE / 12_000, 1);
  });

  it('lowers the scale of a big diagram so its pixel count stays within the limit, below 1 if need be', () => {
    const size = pngSize(12_226, 6_580, 1);
    expect(size.clamped).toBe(true);
    expect(size.scale).toBeLessThan(1);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(size.width).toBeLessThanOrEqual(MAX_PNG_SIDE);
  });
});
