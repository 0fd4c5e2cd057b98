import { describe, expect, it } from 'vitest';
import { obstaclesNear, roundedPath, routeConnection as routeAmong, segmentCrosses } from './edge-route.js';
import type { Point, Rect } from './geometry.js';

function crossings(points: Point[], boxes: Rect[]): number {
  let n = 0;
  for (let i = 1; i < points.length; i++) for (const b of boxes) if (segmentCrosses(points[i - 1]!, points[i]!, b)) n++;
  return n;
}

function orthogonal(points: Point[]): boolean {
  return points.slice(1).every((p, i) => p.x === points[i]!.x || p.y === points[i]!.y);
}

const routeConnection = (s: Point, t: Point, boxes: Rect[]) => routeAmong(s, t, obstaclesNear(s, t, boxes));

describe('routeConnection', () => {
  it('draws a straight line when nothing is in the way', () => {
    expect(routeConnection({ x: 0, y: 0 }, { x: 200, y: 0 }, [])).toEqual([
      { x: 0, y: 0 },
      { x: 200, y: 0 },
    ]);
  });

  it('keeps the plain step between two rows when it crosses nothing', () => {
    const route = routeConnection({ x: 0, y: 0 }, { x: 200, y: 100 }, [{ x: 500, y: 0, width: 50, height: 50 }]);
    expect(route).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ]);
  });

  it('goes around a card that sits between the ends', () => {
    const card = { x: 150, y: 0, width: 100, height: 100 };
    const route = routeConnection({ x: 0, y: 50 }, { x: 400, y: 50 }, [card]);
    expect(crossings(route, [card])).toBe(0);
    expect(orthogonal(route)).toBe(true);
    expect(route[0]).toEqual({ x: 0, y: 50 });
    expect(route[route.length - 1]).toEqual({ x: 400, y: 50 });
  });

  it('finds a way back to a target left of its source, around the cards and title bars between', () => {
    // An ECR repository right of the workload it feeds, an ALB card and a cluster title bar in between.
    const boxes = [
      { x: 300, y: 80, width: 200, height: 60 },
      { x: 0, y: 200, width: 700, height: 34 },
    ];
    const route = routeConnection({ x: 800, y: 100 }, { x: 100, y: 300 }, boxes);
    expect(crossings(route, boxes)).toBe(0);
    expect(orthogonal(route)).toBe(true);
    expect(route.length).toBeLessThanOrEqual(6);
  });
});

describe('obstaclesNear', () => {
  it('keeps only the boxes around the two ends', () => {
    const near = { x: 300, y: 300, width: 50, height: 50 };
    const far = { x: 2000, y: 0, width: 50, height: 50 };
    expect(obstaclesNear({ x: 0, y: 0 }, { x: 400, y: 200 }, [near, far])).toEqual([near]);
  });
});

describe('roundedPath', () => {
  it('rounds corners and finds the middle of the line', () => {
    const { d, middle } = roundedPath(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 100 },
      ],
      8,
    );
    expect(d).toBe('M0 0 L92 0 Q100 0 100 8 L100 100');
    expect(middle).toEqual({ x: 100, y: 0 });
  });
});
