import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, type MeasureText } from './text-fit.js';

/** Ten pixels a code point: easy to reason about. */
const tens: MeasureText = (text) => Array.from(text).length * 10;
const style = { size: 13, weight: 400 };

describe('fitText', () => {
  it('keeps text that fits', () => {
    expect(fitText('frontend', 80, style, tens)).toBe('frontend');
  });
  it('shortens text that does not fit to the longest start that fits with an ellipsis', () => {
    expect(fitText('frontend-service', 80, style, tens)).toBe('fronten…');
    expect(tens(fitText('frontend-service', 80, style, tens), style)).toBeLessThanOrEqual(80);
  });
  it('drops a space before the ellipsis', () => {
    expect(fitText('ab cdefgh', 40, style, tens)).toBe('ab…');
  });
  it('gives just an ellipsis, or nothing, when there is hardly any room', () => {
    expect(fitText('frontend', 10, style, tens)).toBe('…');
    expect(fitText('frontend', 5, style, tens)).toBe('');
  });
  it('never splits a character made of two UTF-16 units', () => {
    const out = fitText('😀😀😀😀', 30, style, tens);
    expect(out).toBe('😀😀…');
  });
});

describe('estimateTextWidth', () => {
  it('counts wide characters about twice as wide as Latin ones and bold a little wider', () => {
    const latin = estimateTextWidth('ab', style);
    expect(estimateTextWidth('パーツ', style)).toBeGreaterThan(latin * 2);
    expect(estimateTextWidth('ab', { size: 13, weight: 600 })).toBeGreaterThan(latin);
  });
});
