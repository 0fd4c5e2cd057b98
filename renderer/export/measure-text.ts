/** Text widths from the browser's own font metrics, in the export's font, for fitting card text. */
import { EXPORT_FONT_FAMILY } from './palette.js';
import { estimateTextWidth, type MeasureText } from './text-fit.js';

export function browserMeasureText(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateTextWidth;
  const widths = new Map<string, number>();
  let font = '';
  return (text, style) => {
    const wanted = `${style.weight} ${style.size}px ${EXPORT_FONT_FAMILY}`;
    const key = `${wanted}\n${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (font !== wanted) ctx.font = font = wanted;
      width = ctx.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}
