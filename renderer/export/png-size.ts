/**
 * How big a PNG of the diagram may be. Browsers refuse or silently blank canvases past a size (Chromium:
 * 32,767 pixels a side, about 268 million pixels in all; Safari and low-memory machines give up sooner),
 * and the window's file channel takes at most 64 MB. A big design at 3x would pass those limits, so the
 * scale is lowered until the picture fits, and the export dialog says so.
 */

/** Longest side of the PNG, in pixels. */
export const MAX_PNG_SIDE = 16_384;
/** Most pixels in the PNG (about 200 MB of canvas memory at 4 bytes each). */
export const MAX_PNG_PIXELS = 50_000_000;

export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export interface PngSize {
  /** The scale the PNG is drawn at: the one asked for, or lower to fit the limits. */
  scale: number;
  width: number;
  height: number;
  /** Whether the scale had to be lowered. */
  clamped: boolean;
}

/** Pixel size of a PNG of a `width` x `height` diagram at `requested` pixels per diagram unit. */
export function pngSize(width: number, height: number, requested: number): PngSize {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fit = Math.min(requested, MAX_PNG_SIDE / w, MAX_PNG_SIDE / h, Math.sqrt(MAX_PNG_PIXELS / (w * h)));
  // Two decimals, rounded down, so the rounded size stays within the limits too.
  const scale = fit < requested ? Math.floor(fit * 100) / 100 : requested;
  return { scale, width: Math.round(w * scale), height: Math.round(h * scale), clamped: scale < requested };
}
