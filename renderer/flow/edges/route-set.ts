/**
 * The routes of all of a design's connections at once, so lines that share a row or column can be spread
 * apart (shared/editor/edge-spread.ts): the canvas's edges, the overview and the image export draw these.
 * Each route is worked out again only when its ends or the boxes near it move.
 */
import { createContext } from 'react';
import { spreadSharedLanes } from '../../../shared/editor/edge-spread.js';
import { routeConnection } from '../../../shared/editor/edge-route.js';
import { absoluteRect, partMap, type Point, type Rect } from '../../../shared/editor/geometry.js';
import type { Design } from '../../../shared/model/design.js';
import { HANDLE_SIZE } from '../handles.js';
import { routeAround } from './connection-path.js';

export interface ConnectionEnds {
  id: string;
  source: Point;
  target: Point;
}

/** The spread routes by connection id, for the canvas's edges; null when edges are not routed. */
export const RouteSet = createContext<ReadonlyMap<string, readonly Point[]> | null>(null);

export class RouteCache {
  private cached = new Map<string, { key: string; points: Point[] }>();

  /** Every connection's corner points around `obstacles`, lanes shared by several lines spread apart. */
  routes(ends: Iterable<ConnectionEnds>, obstacles: readonly Rect[]): Map<string, readonly Point[]> {
    const next = new Map<string, { key: string; points: Point[] }>();
    const raw = new Map<string, readonly Point[]>();
    for (const { id, source, target } of ends) {
      const { key, near } = routeAround(source, target, obstacles);
      let entry = this.cached.get(id);
      if (entry?.key !== key) entry = { key, points: routeConnection(source, target, near) };
      next.set(id, entry);
      raw.set(id, entry.points);
    }
    this.cached = next;
    return spreadSharedLanes(raw);
  }
}

/** Whether a spread route still starts and ends where the edge is drawn now (not while its ends move in a drag). */
export function fitsEnds(points: readonly Point[] | undefined, source: Point, target: Point): points is readonly Point[] {
  if (!points || points.length < 2) return false;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const near = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
  return near(first, source) && near(last, target);
}

/** Where React Flow draws each connection's ends: the middle of the source's right side and the target's left. */
export function connectionEnds(parts: Design['parts'], connections: Design['connections']): ConnectionEnds[] {
  const byId = partMap({ parts });
  const outset = HANDLE_SIZE / 2;
  const ends: ConnectionEnds[] = [];
  for (const c of connections) {
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    if (!from || !to) continue;
    const a = absoluteRect(byId, from);
    const b = absoluteRect(byId, to);
    ends.push({
      id: c.id,
      source: { x: a.x + a.width + outset, y: a.y + a.height / 2 },
      target: { x: b.x - outset, y: b.y + b.height / 2 },
    });
  }
  return ends;
}
