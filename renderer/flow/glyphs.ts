/**
 * The white glyph of each part kind as plain shape data on a 28 x 28 grid, drawn for this project in
 * the spirit of AWS architecture icons (no icon set is copied). Data rather than JSX so that the canvas
 * (icons.tsx) and the SVG image export (renderer/export) draw the very same shapes.
 */
import type { PartKind } from '../../shared/model/parts.js';

export type GlyphShape =
  | { type: 'path'; d: string }
  | { type: 'rect'; x: number; y: number; width: number; height: number; rx?: number; dash?: string }
  | { type: 'circle'; cx: number; cy: number; r: number };

/** Side of the square the glyphs are drawn on; the icon is a rounded square of the kind colour. */
export const GLYPH_GRID = 28;
export const GLYPH_CORNER = 5;
/** How every glyph line is stroked. */
export const GLYPH_STROKE = { color: '#fff', width: 1.6 } as const;

const rect = (x: number, y: number, width: number, height: number, extra: { rx?: number; dash?: string } = {}): GlyphShape => ({
  type: 'rect',
  x,
  y,
  width,
  height,
  ...extra,
});
const path = (d: string): GlyphShape => ({ type: 'path', d });
const circle = (cx: number, cy: number, r: number): GlyphShape => ({ type: 'circle', cx, cy, r });

export const GLYPHS: Record<PartKind, readonly GlyphShape[]> = {
  vpc: [path('M8 16a5 5 0 0 1 1-9.8A6 6 0 0 1 20.5 8 4 4 0 0 1 20 16z'), rect(11, 12, 6, 5)],
  subnet: [rect(6, 6, 16, 16, { rx: 1, dash: '3 2' }), rect(10, 10, 8, 8)],
  cluster: [path('M14 4l8.5 5v10L14 24l-8.5-5V9z'), path('M11 9v10M11 14l5-5M11 14l5 5')],
  'managed-node-group': [rect(5, 5, 8, 8), rect(15, 5, 8, 8), rect(5, 15, 8, 8), rect(15, 15, 8, 8)],
  'self-managed-node-group': [rect(5, 5, 8, 8), rect(15, 5, 8, 8), rect(5, 15, 8, 8), path('M19 15v8M15 19h8')],
  'fargate-profile': [path('M14 5l8 4.5v9L14 23l-8-4.5v-9z'), path('M6 9.5l8 4.5 8-4.5M14 14v9')],
  alb: [circle(14, 14, 8.5), path('M8 14h5M13 14l5-4M13 14l5 4M13 14h6')],
  nlb: [circle(14, 14, 8.5), path('M9 10h10M9 14h10M9 18h10')],
  ecr: [rect(6, 8, 16, 12, { rx: 1 }), path('M10 8v12M14 8v12M18 8v12')],
  'cloud-map': [circle(14, 8, 2.5), circle(8, 19, 2.5), circle(20, 19, 2.5), path('M13 10.2l-3.8 6.6M15 10.2l3.8 6.6M10.5 19h7')],
  'api-gateway': [path('M9 6l-4 8 4 8M19 6l4 8-4 8M12 14h4')],
  'on-prem-network': [path('M6 22V10l8-5 8 5v12z'), path('M11 22v-6h6v6')],
  workload: [path('M14 5l8 4v10l-8 4-8-4V9z'), path('M14 12v11M6 9l8 3 8-3')],
};
