/**
 * A cheap orthogonal route for a connection that leaves its source to the right and enters its target
 * from the left, around the boxes in its way (cards and container title bars). The route has at most five
 * segments: out of the source to a column x1, along a row y, to a column x2, into the target. Columns and
 * rows are tried just beside the boxes near the connection; the route with the fewest boxes crossed wins,
 * then the shortest with the fewest bends. Pure, so the canvas and an image export draw the same line.
 */
import type { Point, Rect } from './geometry.js';

export interface RouteOptions {
  /** Straight run out of the source and into the target before the first and after the last turn. */
  offset: number;
  /** Distance a detour keeps from a box. */
  margin: number;
  /** Most candidate columns or rows tried on each side (keeps the search small). */
  maxLanes: number;
}

export const DEFAULT_ROUTE_OPTIONS: RouteOptions = { offset: 24, margin: 14, maxLanes: 6 };

/** Penalties: a crossed box outweighs any detour; a bend costs a little length. */
const CROSSING = 100_000;
const BEND = 24;

/** Whether the axis-parallel segment a-b passes through the inside of r (touching its border does not count). */
export function segmentCrosses(a: Point, b: Point, r: Rect): boolean {
  const e = 0.5;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return maxX > r.x + e && minX < r.x + r.width - e && maxY > r.y + e && minY < r.y + r.height - e;
}

/** Points with repeats and straight-through middle points removed. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (last && prev && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** The route's cost, or any number at least `limit` once it is known to reach it (so a search can stop early). */
function cost(points: Point[], obstacles: readonly Rect[], limit = Infinity): number {
  let total = BEND * (points.length - 2);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    total += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  }
  for (let i = 1; i < points.length && total < limit; i++) {
    for (const r of obstacles) {
      if (segmentCrosses(points[i - 1]!, points[i]!, r)) total += CROSSING;
      if (total >= limit) break;
    }
  }
  return total;
}

function nearest(values: number[], to: number, n: number): number[] {
  return [...new Set(values)].sort((a, b) => Math.abs(a - to) - Math.abs(b - to)).slice(0, n);
}

/** Room around a connection's two ends in which boxes can be in its way (and give lanes to go around them). */
const AREA_PAD = 240;

/** The boxes near a connection: the only ones its route looks at, so a route can be reused while they stay put. */
export function obstaclesNear(source: Point, target: Point, obstacles: readonly Rect[]): Rect[] {
  const area = {
    x: Math.min(source.x, target.x) - AREA_PAD,
    y: Math.min(source.y, target.y) - AREA_PAD,
    width: Math.abs(source.x - target.x) + 2 * AREA_PAD,
    height: Math.abs(source.y - target.y) + 2 * AREA_PAD,
  };
  return obstacles.filter((r) => overlaps(area, r));
}

/**
 * The route's corner points, from the source point to the target point, around `near` (obstaclesNear:
 * the route is built from their lanes and stays among them).
 */
export function routeConnection(
  source: Point,
  target: Point,
  near: readonly Rect[],
  options: RouteOptions = DEFAULT_ROUTE_OPTIONS,
): Point[] {
  const { offset, margin, maxLanes } = options;
  const outX = source.x + offset;
  const inX = target.x - offset;
  const shape = (x1: number, y: number, x2: number) =>
    simplify([source, { x: x1, y: source.y }, { x: x1, y }, { x: x2, y }, { x: x2, y: target.y }, target]);

  // The plain step (one column half-way) is kept when it crosses nothing: most connections in a tidy layout.
  const midX = outX <= inX ? (source.x + target.x) / 2 : outX;
  let best = outX <= inX ? shape(midX, target.y, midX) : shape(outX, (source.y + target.y) / 2, inX);
  let bestCost = cost(best, near);
  if (bestCost < CROSSING) return best;

  const columnsOut = nearest([outX, ...near.map((r) => r.x + r.width + margin).filter((x) => x >= outX)], outX, maxLanes);
  const columnsIn = nearest([inX, ...near.map((r) => r.x - margin).filter((x) => x <= inX)], inX, maxLanes);
  const rowValues = [source.y, target.y, ...near.flatMap((r) => [r.y - margin, r.y + r.height + margin])];
  const rows = [...new Set([...nearest(rowValues, source.y, maxLanes), ...nearest(rowValues, target.y, maxLanes)])];
  if (outX <= inX) {
    const between = near.flatMap((r) => [r.x - margin, r.x + r.width + margin]).filter((x) => x >= outX && x <= inX);
    for (const x of nearest([midX, ...between], midX, maxLanes)) {
      columnsOut.push(x);
      columnsIn.push(x);
    }
  }
  for (const x1 of columnsOut) {
    for (const x2 of columnsIn) {
      for (const y of rows) {
        const points = shape(x1, y, x2);
        const c = cost(points, near, bestCost);
        if (c < bestCost) {
          best = points;
          bestCost = c;
        }
      }
    }
  }
  return best;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** An SVG path through the points with rounded corners, and the point half-way along it (for a label). */
export function roundedPath(points: readonly Point[], radius: number): { d: string; middle: Point } {
  let d = `M${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const p = points[i]!;
    const next = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2);
    const inX = p.x - Math.sign(p.x - prev.x) * r;
    const inY = p.y - Math.sign(p.y - prev.y) * r;
    const outX = p.x + Math.sign(next.x - p.x) * r;
    const outY = p.y + Math.sign(next.y - p.y) * r;
    d += ` L${inX} ${inY} Q${p.x} ${p.y} ${outX} ${outY}`;
  }
  const last = points[points.length - 1]!;
  d += ` L${last.x} ${last.y}`;
  return { d, middle: pointHalfway(points) };
}

function pointHalfway(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.abs(p.x - points[i]!.x) + Math.abs(p.y - points[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (left <= lengths[i]! && lengths[i]! > 0) {
      const t = left / lengths[i]!;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    left -= lengths[i]!;
  }
  return points[0]!;
}
