/**
 * The line a connection is drawn as, from its source handle (right side) to its target handle (left side):
 * routed around the cards and title bars in its way when there are obstacles (route-obstacles.ts gives
 * them for a design small enough), else React Flow's plain stepped path. The canvas's edges, the overview
 * and the image export all draw this, so the picture shows the same line as the canvas.
 */
import { Position, getSmoothStepPath } from '@xyflow/react';
import { obstaclesNear, roundedPath, routeConnection } from '../../../shared/editor/edge-route.js';
import type { Point, Rect } from '../../../shared/editor/geometry.js';

/** Room the line keeps straight out of a handle before it turns, so it clears the card it leaves. */
const STEP_OFFSET = 24;
const CORNER_RADIUS = 8;

export interface ConnectionPath {
  /** SVG path data in flow coordinates. */
  d: string;
  /** Where the label is centred on the line. */
  labelX: number;
  labelY: number;
}

/** React Flow's stepped path with the canvas's offset and corners (no routing). */
export function steppedPath(
  source: Point,
  target: Point,
  sourcePosition: Position = Position.Right,
  targetPosition: Position = Position.Left,
): ConnectionPath {
  const [d, labelX, labelY] = getSmoothStepPath({
    sourceX: source.x,
    sourceY: source.y,
    sourcePosition,
    targetX: target.x,
    targetY: target.y,
    targetPosition,
    offset: STEP_OFFSET,
    borderRadius: CORNER_RADIUS,
  });
  return { d, labelX, labelY };
}

/** The rounded line through a route's corner points (routeConnection), its label half-way along. */
export function routedPath(points: readonly Point[]): ConnectionPath {
  const { d, middle } = roundedPath(points, CORNER_RADIUS);
  return { d, labelX: middle.x, labelY: middle.y };
}

/** The route's corner points around the obstacles near it (obstaclesNear), and a key that changes when they do. */
export function routeAround(source: Point, target: Point, obstacles: readonly Rect[]): { key: string; near: Rect[] } {
  const near = obstaclesNear(source, target, obstacles);
  const key = `${source.x},${source.y},${target.x},${target.y}|${near.map((r) => `${r.x},${r.y},${r.width},${r.height}`).join(';')}`;
  return { key, near };
}

/** The connection's line: routed around `obstacles`, or stepped when they are null (a design too big to route). */
export function connectionPath(source: Point, target: Point, obstacles: readonly Rect[] | null): ConnectionPath {
  if (!obstacles) return steppedPath(source, target);
  return routedPath(routeConnection(source, target, obstaclesNear(source, target, obstacles)));
}
