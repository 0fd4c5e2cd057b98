/**
 * The maths of the overview minimap (OverviewMiniMap.tsx), kept free of the DOM: what it shows (the design's
 * bounds joined with the view, like React Flow's own minimap), how that fits into the minimap, and how a
 * point on the minimap maps to the flow and back, to move and zoom the main view.
 */
import type { Viewport } from '@xyflow/react';
import type { Point, Rect } from '../../../shared/editor/geometry.js';

/** Space kept free around the content, in minimap CSS pixels (React Flow's minimap keeps 5). */
export const MINIMAP_PADDING = 5;

/**
 * How flow coordinates land on the minimap: minimap px = (flow - origin) * scale. `x`, `y` is the flow point
 * drawn at the minimap's top-left corner; `scale` is minimap CSS px per flow unit.
 */
export interface MinimapFit {
  x: number;
  y: number;
  scale: number;
}

const finite = (r: Rect): boolean =>
  Number.isFinite(r.x) && Number.isFinite(r.y) && Number.isFinite(r.width) && Number.isFinite(r.height);
const hasArea = (r: Rect): boolean => finite(r) && r.width > 0 && r.height > 0;

export function unionRect(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * What the minimap shows: the design's bounds joined with the view, so the view rectangle is always on it.
 * `design` is undefined for an empty design (its zero rect at the origin would stretch the map to (0, 0));
 * a view React Flow has not measured yet (no area) is left out.
 */
export function minimapContent(design: Rect | undefined, view: Rect): Rect {
  const d = design && finite(design) ? design : undefined;
  const v = hasArea(view) ? view : undefined;
  if (d && v) return unionRect(d, v);
  return d ?? v ?? { x: 0, y: 0, width: 0, height: 0 };
}

/**
 * Fits `content` into a `width` x `height` minimap, keeping its aspect ratio, centred, `padding` px free on
 * the tighter side. A content with no width or no height is scaled by its other side; a point gets scale 1.
 */
export function fitMinimap(content: Rect, width: number, height: number, padding = MINIMAP_PADDING): MinimapFit {
  const c = finite(content) ? content : { x: 0, y: 0, width: 0, height: 0 };
  const innerW = Math.max(width - padding * 2, 1);
  const innerH = Math.max(height - padding * 2, 1);
  const scales: number[] = [];
  if (c.width > 0) scales.push(innerW / c.width);
  if (c.height > 0) scales.push(innerH / c.height);
  const scale = scales.length > 0 ? Math.min(...scales) : 1;
  return {
    x: c.x + c.width / 2 - width / 2 / scale,
    y: c.y + c.height / 2 - height / 2 / scale,
    scale,
  };
}

export function toMinimap(fit: MinimapFit, p: Point): Point {
  return { x: (p.x - fit.x) * fit.scale, y: (p.y - fit.y) * fit.scale };
}

export function toFlow(fit: MinimapFit, p: Point): Point {
  return { x: fit.x + p.x / fit.scale, y: fit.y + p.y / fit.scale };
}

export function rectToMinimap(fit: MinimapFit, r: Rect): Rect {
  const at = toMinimap(fit, r);
  return { x: at.x, y: at.y, width: r.width * fit.scale, height: r.height * fit.scale };
}

/** The viewport of a `width` x `height` view at `zoom` whose centre is the flow point `p` (React Flow's setCenter). */
export function centerViewportOn(p: Point, zoom: number, width: number, height: number): Viewport {
  return { x: width / 2 - p.x * zoom, y: height / 2 - p.y * zoom, zoom };
}

/** `viewport` zoomed to `zoom` around the centre of its `width` x `height` view: the centre stays put. */
export function zoomAroundCenter(viewport: Viewport, width: number, height: number, zoom: number): Viewport {
  const centre = { x: (width / 2 - viewport.x) / viewport.zoom, y: (height / 2 - viewport.y) / viewport.zoom };
  return centerViewportOn(centre, zoom, width, height);
}

/**
 * The zoom after a wheel step, as React Flow's minimap computes it (wheel down zooms out; `deltaMode` 1 is
 * lines, 2 pages, 0 pixels), clamped to [minZoom, maxZoom].
 */
export function wheelZoom(zoom: number, deltaY: number, deltaMode: number, minZoom: number, maxZoom: number): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  const next = zoom * Math.pow(2, -deltaY * perUnit);
  if (!Number.isFinite(next)) return Math.min(Math.max(zoom, minZoom), maxZoom);
  return Math.min(Math.max(next, minZoom), maxZoom);
}
