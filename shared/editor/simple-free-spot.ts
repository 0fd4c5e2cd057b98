/**
 * A stand-in for free-space placement of a new part: the first spot, scanning rows top to bottom and left
 * to right inside the parent (or on the canvas), where the part's default size overlaps none of its
 * siblings. Another change brings `placeNewPart` (shared/editor), which should replace this at its single
 * caller, renderer/flow/add-part.ts.
 */
import type { Design } from '../model/design.js';
import type { PartKind } from '../model/parts.js';
import { CONTAINER_HEADER, DEFAULT_SIZES, sizeOf, type Point, type Rect } from './geometry.js';

const GAP = 20;
/** Width scanned at the top level, where there is no parent to bound a row. */
const TOP_LEVEL_ROW = 1600;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
}

/** Parent-relative top-left corner for a new part of `kind` under `parentId` (undefined: top level). */
export function simpleFreeSpot(design: Pick<Design, 'parts'>, kind: PartKind, parentId: string | undefined): Point {
  const size = DEFAULT_SIZES[kind];
  const parent = parentId === undefined ? undefined : design.parts.find((p) => p.id === parentId);
  const siblings: Rect[] = design.parts
    .filter((p) => p.parentId === parentId && p.id !== parentId)
    .map((p) => ({ ...p.position, ...sizeOf(p) }));
  const left = parent ? GAP : 0;
  const top = parent ? CONTAINER_HEADER : 0;
  const right = Math.max(left + size.width, parent ? sizeOf(parent).width - GAP : TOP_LEVEL_ROW);
  const bottom = Math.max(top, ...siblings.map((s) => s.y + s.height + GAP));
  for (let y = top; y <= bottom; y += GAP) {
    for (let x = left; x + size.width <= right;) {
      const spot = { x, y, ...size };
      const hit = siblings.find((s) => overlaps(spot, s));
      if (!hit) return { x, y };
      // Jump past the part in the way instead of stepping through it.
      x = hit.x + hit.width + GAP;
    }
  }
  // No room in the rows: below everything (the parent grows to fit).
  return { x: left, y: bottom };
}
