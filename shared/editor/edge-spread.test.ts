import { describe, expect, it } from 'vitest';
import { spreadSharedLanes } from './edge-spread.js';
import type { Point } from './geometry.js';

const pts = (...xy: [number, number][]): Point[] => xy.map(([x, y]) => ({ x, y }));

/** Every segment is horizontal or vertical. */
function orthogonal(points: readonly Point[]): boolean {
  return points.slice(1).every((p, i) => p.x === points[i]!.x || p.y === points[i]!.y);
}

describe('spreadSharedLanes', () => {
  it('fans out lines that run along the same row, keeping their ends and right angles', () => {
    // Two connections detour over the same box along row y=40, overlapping between x=100 and x=200.
    const routes = new Map([
      ['a', pts([0, 100], [60, 100], [60, 40], [200, 40], [200, 120], [260, 120])],
      ['b', pts([0, 140], [100, 140], [100, 40], [300, 40], [300, 180], [360, 180])],
    ]);
    const out = spreadSharedLanes(routes);
    const a = out.get('a')!;
    const b = out.get('b')!;
    expect(Math.abs(a[2]!.y - b[2]!.y)).toBe(6);
    expect(a[2]!.y).toBe(a[3]!.y);
    expect(b[2]!.y).toBe(b[3]!.y);
    for (const [before, after] of [
      [routes.get('a')!, a],
      [routes.get('b')!, b],
    ] as const) {
      expect(after[0]).toEqual(before[0]);
      expect(after.at(-1)).toEqual(before.at(-1));
      expect(orthogonal(after)).toBe(true);
    }
  });

  it('fans out lines that run down the same column', () => {
    const routes = new Map([
      ['a', pts([0, 0], [80, 0], [80, 200], [160, 200])],
      ['b', pts([0, 50], [80, 50], [80, 300], [160, 300])],
      ['c', pts([0, 60], [80, 60], [80, 400], [160, 400])],
    ]);
    const out = spreadSharedLanes(routes);
    const xs = ['a', 'b', 'c'].map((id) => out.get(id)![1]!.x);
    expect(xs).toEqual([74, 80, 86]);
    for (const id of ['a', 'b', 'c']) expect(orthogonal(out.get(id)!)).toBe(true);
  });

  it('leaves alone lines on the same row that do not overlap, a lone line, and first and last segments', () => {
    const apart = new Map([
      ['a', pts([0, 100], [20, 100], [20, 40], [60, 40], [60, 100], [80, 100])],
      ['b', pts([100, 100], [120, 100], [120, 40], [160, 40], [160, 100], [180, 100])],
      // Leaves its handle along y=100 as a and b do: a first segment is never moved.
      ['c', pts([0, 100], [90, 100], [90, 300], [120, 300])],
    ]);
    const out = spreadSharedLanes(apart);
    for (const id of ['a', 'b', 'c']) expect(out.get(id)).toBe(apart.get(id));
  });

  it('keeps a crowded lane within the most a line may move off it', () => {
    const routes = new Map(
      Array.from({ length: 9 }, (_, i) => [`r${i}`, pts([0, i * 10], [50, i * 10], [50, 500 + i], [100, 500 + i])] as const),
    );
    const xs = [...spreadSharedLanes(routes).values()].map((p) => p[1]!.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(50 - 12);
    expect(Math.max(...xs)).toBeLessThanOrEqual(50 + 12);
    expect(new Set(xs).size).toBe(9);
  });
});
