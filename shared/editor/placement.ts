/**
 * Where new parts go: free space inside their parent, near where the user asked for them, never on top
 * of a sibling. Used by palette drops, paste, duplicate and add-by-keyboard.
 */
import type { Design } from '../model/design.js';
import type { PartKind } from '../model/parts.js';
import { CONTAINER_HEADER, DEFAULT_SIZES, sizeOf, type Point, type Rect, type Size } from './geometry.js';

/** Room kept between a container's edge and its children (the same as growToFit's). */
export const CONTAINER_PAD = 16;
/** Space kept between siblings, so two parts never touch. */
export const SIBLING_GAP = 16;
/** Candidate positions are tried on this grid around the preferred one. */
const STEP = 20;
/** How far (in grid steps) the search looks around the preferred position before giving up on nearness. */
const RADIUS = 40;

/** Whether two rects come closer than `gap` (touching at exactly `gap` is fine). */
export function tooClose(a: Rect, b: Rect, gap: number = SIBLING_GAP): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Parent-relative rects of the children of `parentId` (top level for undefined), except `exclude`. */
export function siblingRects(
  design: Pick<Design, 'parts'>,
  parentId: string | undefined,
  exclude: ReadonlySet<string> = new Set(),
): Rect[] {
  return design.parts.filter((p) => p.parentId === parentId && !exclude.has(p.id)).map((p) => ({ ...p.position, ...sizeOf(p) }));
}

/**
 * A parent-relative top-left for a box of `size` inside `parentId` that keeps SIBLING_GAP from every
 * sibling. Tries `preferred` first, then grid points around it, nearest first, that lie inside the
 * parent; without `preferred`, the parent's first free spot in reading order. When the parent has no
 * room the box goes below its lowest child (the caller grows the parent with growToFit).
 */
export function placeRect(
  design: Pick<Design, 'parts'>,
  parentId: string | undefined,
  size: Size,
  preferred?: Point,
  exclude: ReadonlySet<string> = new Set(),
): Point {
  const siblings = siblingRects(design, parentId, exclude);
  const parent = parentId === undefined ? undefined : design.parts.find((p) => p.id === parentId);
  const inner = parent ? innerArea(sizeOf(parent)) : undefined;
  const fits = (at: Point): boolean => {
    if (
      inner &&
      (at.x < inner.x ||
        at.y < inner.y ||
        at.x + size.width > inner.x + inner.width ||
        at.y + size.height > inner.y + inner.height)
    ) {
      return false;
    }
    const box = { ...at, ...size };
    return !siblings.some((s) => tooClose(box, s));
  };
  const start = preferred ? clampInto(roundPoint(preferred), size, inner) : inner ? { x: inner.x, y: inner.y } : { x: 0, y: 0 };
  if (fits(start)) return start;
  const candidates: { at: Point; rank: number }[] = [];
  // Without a preference the search starts at the top-left and only looks right and down from it.
  const from = preferred ? -RADIUS : 0;
  for (let i = from; i <= RADIUS; i++) {
    for (let j = from; j <= RADIUS; j++) {
      const at = { x: start.x + i * STEP, y: start.y + j * STEP };
      // Reading order (top rows first) when the caller had no preference, nearness otherwise.
      const rank = preferred ? i * i + j * j : j * 10_000 + i;
      candidates.push({ at, rank });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank);
  for (const c of candidates) if (fits(c.at)) return c.at;
  // Nothing free nearby: below everything (inside a parent, at its left edge; the parent then grows).
  const bottom = siblings.reduce((max, s) => Math.max(max, s.y + s.height + SIBLING_GAP), inner?.y ?? start.y);
  return { x: inner?.x ?? start.x, y: bottom };
}

/** Where a new part of `kind` goes inside `parentId` (parent-relative), near `preferred` when given. */
export function placeNewPart(
  design: Pick<Design, 'parts'>,
  kind: PartKind,
  parentId: string | undefined,
  preferred?: Point,
): Point {
  return placeRect(design, parentId, DEFAULT_SIZES[kind], preferred);
}

/** The area of a container where children may sit: below the header, inside the padding. */
function innerArea(size: Size): Rect {
  return {
    x: CONTAINER_PAD,
    y: CONTAINER_HEADER,
    width: size.width - 2 * CONTAINER_PAD,
    height: size.height - CONTAINER_HEADER - CONTAINER_PAD,
  };
}

function roundPoint(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

/** `at` moved just enough to put the box inside `inner` (where it is big enough to hold it). */
function clampInto(at: Point, size: Size, inner: Rect | undefined): Point {
  if (!inner) return at;
  const x = Math.max(inner.x, Math.min(at.x, inner.x + inner.width - size.width));
  const y = Math.max(inner.y, Math.min(at.y, inner.y + inner.height - size.height));
  return { x, y };
}
