/**
 * Glyphs as plain shape data on a 28 x 28 grid, drawn for this project in the spirit of AWS architecture
 * icons (no icon set is copied). Data rather than JSX so that the canvas (icons.tsx) and the SVG image
 * export (renderer/export) draw the very same shapes. Each kind's glyph is in renderer/flow/kinds/<kind>.tsx.
 */
export type GlyphShape =
  | { type: 'path'; d: string }
  | { type: 'rect'; x: number; y: number; width: number; height: number; rx?: number; dash?: string }
  | { type: 'circle'; cx: number; cy: number; r: number };

/** Side of the square the glyphs are drawn on; the icon is a rounded square of the kind colour. */
export const GLYPH_GRID = 28;
export const GLYPH_CORNER = 5;
/** How every glyph line is stroked. */
export const GLYPH_STROKE = { color: '#fff', width: 1.6 } as const;

export const rect = (
  x: number,
  y: number,
  width: number,
  height: number,
  extra: { rx?: number; dash?: string } = {},
): GlyphShape => ({
  type: 'rect',
  x,
  y,
  width,
  height,
  ...extra,
});
export const path = (d: string): GlyphShape => ({ type: 'path', d });
export const circle = (cx: number, cy: number, r: number): GlyphShape => ({ type: 'circle', cx, cy, r });
