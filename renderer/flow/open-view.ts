/**
 * The view a design opens at (template, import, opened file): the whole design when it fits at a zoom
 * where card text can be read, otherwise that readable zoom on the part that matters most (the first
 * cluster, or the design's top-left), so the user scrolls to the rest rather than squints at all of it.
 */
import { absoluteRect, partMap, type Rect, type Size } from '../../shared/editor/geometry.js';
import type { Design } from '../../shared/model/design.js';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Smallest on-screen size of any text line on a card (name, kind, facts), in CSS pixels. */
export const READABLE_TEXT_PX = 11;
/** Room around the design when it is fitted, as a share of its size (React Flow's fitView default). */
const FIT_PADDING = 0.1;
/** Room between the view's edge and a part that is too big to show whole at the readable zoom. */
const MARGIN_PX = 24;

/** The zoom at which text drawn at `fontPx` is READABLE_TEXT_PX on screen. */
export function readableZoom(fontPx: number): number {
  return READABLE_TEXT_PX / fontPx;
}

function union(rects: readonly Rect[]): Rect {
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Where to open `design` in a view of `view` pixels; `readable` is the smallest zoom at which card text is
 * readable, `maxZoom` the largest zoom a fit may use. Undefined when fitting the whole design (what React
 * Flow's fitView does) is readable, or there is nothing to show.
 */
export function openingViewport(design: Pick<Design, 'parts'>, view: Size, readable: number, maxZoom = 1): Viewport | undefined {
  if (design.parts.length === 0 || view.width <= 0 || view.height <= 0) return undefined;
  const byId = partMap(design);
  const bounds = union(
    design.parts.filter((p) => p.parentId === undefined || !byId.has(p.parentId)).map((p) => absoluteRect(byId, p)),
  );
  const fitZoom = Math.min(
    view.width / (bounds.width * (1 + 2 * FIT_PADDING)),
    view.height / (bounds.height * (1 + 2 * FIT_PADDING)),
    maxZoom,
  );
  if (fitZoom >= readable) return undefined;
  const cluster = design.parts.find((p) => p.kind === 'cluster');
  const focus = cluster ? absoluteRect(byId, cluster) : bounds;
  return {
    x: axisOffset(bounds.x, bounds.width, focus.x, focus.width, view.width, readable),
    y: axisOffset(bounds.y, bounds.height, focus.y, focus.height, view.height, readable),
    zoom: readable,
  };
}

/**
 * The viewport offset along one axis at `zoom`: the whole design centred when it fits along this axis;
 * otherwise the focus centred (or its start at the margin when it is too big itself), moved no further than
 * keeps the design's edges at the view's margins, so no empty canvas shows where there is more design.
 */
function axisOffset(start: number, size: number, focusStart: number, focusSize: number, viewSize: number, zoom: number): number {
  if (size * zoom + 2 * MARGIN_PX <= viewSize) return viewSize / 2 - (start + size / 2) * zoom;
  const wanted =
    focusSize * zoom + 2 * MARGIN_PX <= viewSize
      ? viewSize / 2 - (focusStart + focusSize / 2) * zoom
      : MARGIN_PX - focusStart * zoom;
  const designStartAtMargin = MARGIN_PX - start * zoom;
  const designEndAtMargin = viewSize - MARGIN_PX - (start + size) * zoom;
  return Math.min(designStartAtMargin, Math.max(designEndAtMargin, wanted));
}

/**
 * The smallest font of the text lines on the parts drawn in `canvas` (names, kinds, facts), so the opening
 * zoom makes every line readable, not only the names; 13 px (the app's base font) before any part is drawn.
 */
function smallestCardFontPx(canvas: HTMLElement): number {
  const sizes = [...canvas.querySelectorAll('.part .part-name, .part .part-kind, .part .part-facts')]
    .map((el) => parseFloat(getComputedStyle(el).fontSize))
    .filter((px) => Number.isFinite(px) && px > 0);
  return sizes.length > 0 ? Math.min(...sizes) : 13;
}

/** openingViewport for the canvas element as it is drawn now. */
export function openingViewportIn(canvas: HTMLElement | null, design: Pick<Design, 'parts'>): Viewport | undefined {
  if (!canvas) return undefined;
  const view = { width: canvas.clientWidth, height: canvas.clientHeight };
  return openingViewport(design, view, readableZoom(smallestCardFontPx(canvas)));
}
