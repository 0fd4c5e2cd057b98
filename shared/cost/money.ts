/**
 * Rounding that money needs: binary floats turn 16.425 into 16.42499..., so values are brought to 12
 * significant digits before rounding half up to cents.
 */

/** `value` rounded to cents, half up. */
export function roundCents(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/** Sum of amounts already in cents, without float drift (added as integer cents). */
export function sumCents(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + Math.round(v * 100), 0) / 100;
}

/** A unit price without float noise (0.096 x 0.3 = 0.028800000000000003 -> 0.0288). */
export function cleanPrice(value: number): number {
  return Number(value.toPrecision(10));
}
