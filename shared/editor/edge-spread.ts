/**
 * Lines that share a stretch of route are spread apart. Routes (edge-route.ts) are worked out one connection
 * at a time, so two connections often take the same lane beside the same box and are drawn on top of each
 * other, reading as one line. Here every inner segment of every route (not the first or last, which leave
 * and enter a handle) is grouped with the segments that run along the same row or column and overlap it;
 * a group of several is fanned out around its lane, a few pixels apart, keeping every route orthogonal and
 * its ends where they were. Pure, so the canvas, the overview and the image export draw the same lines.
 */
import type { Point } from './geometry.js';

/** Distance between two lines of a group, and the farthest a line moves off its lane (within a route's margin). */
export interface SpreadOptions {
  gap: number;
  maxShift: number;
}

export const DEFAULT_SPREAD_OPTIONS: SpreadOptions = { gap: 6, maxShift: 12 };

interface Segment {
  route: string;
  /** Index of the segment's first point in its route. */
  index: number;
  /** The row's y (horizontal) or the column's x (vertical). */
  lane: number;
  from: number;
  to: number;
  /** Orders a group so lines keep their order where they turn off it: the other end of the route. */
  order: number;
}

/** Segments of one orientation grouped by lane (rounded, so float noise does not split a lane). */
function lanes(segments: readonly Segment[]): Segment[][] {
  const byLane = new Map<number, Segment[]>();
  for (const s of segments) {
    const key = Math.round(s.lane * 2) / 2;
    const list = byLane.get(key);
    if (list) list.push(s);
    else byLane.set(key, [s]);
  }
  return [...byLane.values()];
}

/** Runs of segments on one lane whose extents overlap (by more than a pixel; touching ends do not count). */
function overlapping(lane: readonly Segment[]): Segment[][] {
  const sorted = [...lane].sort((a, b) => a.from - b.from);
  const groups: Segment[][] = [];
  let current: Segment[] = [];
  let end = -Infinity;
  for (const s of sorted) {
    if (current.length > 0 && s.from < end - 1) {
      current.push(s);
      end = Math.max(end, s.to);
    } else {
      if (current.length > 1) groups.push(current);
      current = [s];
      end = s.to;
    }
  }
  if (current.length > 1) groups.push(current);
  return groups;
}

/**
 * The routes with the segments that share a row or column moved apart. A route is a list of corner points
 * whose segments alternate between horizontal and vertical (edge-route.ts's routes). Routes with nothing
 * to share come back as the same arrays.
 */
export function spreadSharedLanes(
  routes: ReadonlyMap<string, readonly Point[]>,
  options: SpreadOptions = DEFAULT_SPREAD_OPTIONS,
): Map<string, readonly Point[]> {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  for (const [route, points] of routes) {
    const last = points.length - 1;
    // Inner segments only: from the second point to the one before the last.
    for (let i = 1; i + 1 < last; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (a.y === b.y && a.x !== b.x) {
        horizontal.push({ route, index: i, lane: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x), order: points[last]!.y });
      } else if (a.x === b.x && a.y !== b.y) {
        vertical.push({ route, index: i, lane: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y), order: points[last]!.y });
      }
    }
  }

  const shifts = new Map<string, { index: number; dx: number; dy: number }[]>();
  const fan = (groups: Segment[][], axis: 'x' | 'y') => {
    for (const group of groups) {
      // One line per route: a route that runs the same lane twice keeps both on one side.
      const members = [...new Map(group.map((s) => [s.route, s])).values()];
      if (members.length < 2) continue;
      members.sort((a, b) => a.order - b.order || (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
      const gap = Math.min(options.gap, (2 * options.maxShift) / (members.length - 1));
      members.forEach((s, k) => {
        const offset = (k - (members.length - 1) / 2) * gap;
        if (offset === 0) return;
        const list = shifts.get(s.route) ?? [];
        list.push({ index: s.index, dx: axis === 'x' ? offset : 0, dy: axis === 'y' ? offset : 0 });
        shifts.set(s.route, list);
      });
    }
  };
  fan(lanes(horizontal).flatMap(overlapping), 'y');
  fan(lanes(vertical).flatMap(overlapping), 'x');

  const out = new Map<string, readonly Point[]>();
  for (const [route, points] of routes) {
    const moves = shifts.get(route);
    if (!moves) {
      out.set(route, points);
      continue;
    }
    const moved = points.map((p) => ({ ...p }));
    // A segment's two points move together, so the segments on either side stay straight.
    for (const { index, dx, dy } of moves) {
      for (const p of [moved[index]!, moved[index + 1]!]) {
        p.x += dx;
        p.y += dy;
      }
    }
    out.set(route, moved);
  }
  return out;
}
