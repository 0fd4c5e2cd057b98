/**
 * Fitting one line of text into a width, as the canvas's CSS does with `text-overflow: ellipsis`. SVG
 * text does not wrap or clip by itself, so the export measures and shortens it. The app measures with
 * the browser's own font metrics (measure-text.ts); tests and Node use the estimate below.
 */
export interface TextStyle {
  size: number;
  weight: number;
}

/** Width in pixels of `text` drawn in the export's font at `style`. */
export type MeasureText = (text: string, style: TextStyle) => number;

const ELLIPSIS = '…';

/** Wide (CJK, fullwidth) characters take about an em; other characters about 0.56 em in a sans-serif. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** A font-independent guess at the width, on the generous side so estimated text rarely overflows. */
export const estimateTextWidth: MeasureText = (text, style) => {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.56;
  return ems * style.size * (style.weight >= 600 ? 1.1 : 1);
};

/**
 * `text` if it fits in `maxWidth`, else its longest start that fits followed by an ellipsis (just the
 * ellipsis, or nothing, when even that does not fit). Splits by code point, never inside a surrogate pair.
 */
export function fitText(text: string, maxWidth: number, style: TextStyle, measure: MeasureText): string {
  if (measure(text, style) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length - 1;
  // The longest prefix whose "prefix…" fits: binary search, as widths grow with length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0) return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
  return measure(ELLIPSIS, style) <= maxWidth ? ELLIPSIS : '';
}
