import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MINIMAP_PADDING,
  centerViewportOn,
  fitMinimap,
  minimapContent,
  rectToMinimap,
  toFlow,
  toMinimap,
  unionRect,
  wheelZoom,
  zoomAroundCenter,
} from './minimap-geometry.js';

const W = 200;
const H = 150;

describe('minimap content', () => {
  it('joins the design bounds with the view, so a view off the design is still on the map', () => {
    const design = { x: 0, y: 0, width: 1000, height: 800 };
    const view = { x: 2000, y: -500, width: 400, height: 300 };
    expect(minimapContent(design, view)).toEqual({ x: 0, y: -500, width: 2400, height: 1300 });
  });

  it('shows only the view for an empty design, not a stretch to the origin', () => {
    const view = { x: 5000, y: 5000, width: 400, height: 300 };
    expect(minimapContent(undefined, view)).toEqual(view);
  });

  it('leaves out a view React Flow has not measured yet', () => {
    const design = { x: 100, y: 100, width: 50, height: 50 };
    expect(minimapContent(design, { x: 0, y: 0, width: 0, height: 0 })).toEqual(design);
    expect(minimapContent(undefined, { x: 0, y: 0, width: 0, height: 0 })).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('unions overlapping and nested rects', () => {
    expect(unionRect({ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 3, width: 4, height: 4 })).toEqual({
      x: 0,
      y: 0,
      width: 10,
      height: 10,
    });
  });
});

describe('fitting into the minimap', () => {
  it('fits a wide design by its width, padded, and centres it vertically', () => {
    const content = { x: 0, y: 0, width: 1900, height: 100 };
    const fit = fitMinimap(content, W, H);
    expect(fit.scale).toBeCloseTo((W - 2 * MINIMAP_PADDING) / 1900);
    const r = rectToMinimap(fit, content);
    expect(r.x).toBeCloseTo(MINIMAP_PADDING);
    expect(r.x + r.width).toBeCloseTo(W - MINIMAP_PADDING);
    expect(r.y + r.height / 2).toBeCloseTo(H / 2);
  });

  it('fits a tall design by its height, padded, and centres it horizontally', () => {
    const content = { x: -300, y: -2000, width: 100, height: 4000 };
    const fit = fitMinimap(content, W, H);
    expect(fit.scale).toBeCloseTo((H - 2 * MINIMAP_PADDING) / 4000);
    const r = rectToMinimap(fit, content);
    expect(r.y).toBeCloseTo(MINIMAP_PADDING);
    expect(r.y + r.height).toBeCloseTo(H - MINIMAP_PADDING);
    expect(r.x + r.width / 2).toBeCloseTo(W / 2);
  });

  it('keeps the aspect ratio: a square stays square on the minimap', () => {
    const fit = fitMinimap({ x: 10, y: 10, width: 500, height: 500 }, W, H);
    const r = rectToMinimap(fit, { x: 10, y: 10, width: 500, height: 500 });
    expect(r.width).toBeCloseTo(r.height);
    expect(r.height).toBeCloseTo(H - 2 * MINIMAP_PADDING);
  });

  it('scales a line by its length and puts a point in the middle at scale 1', () => {
    const line = fitMinimap({ x: 0, y: 50, width: 380, height: 0 }, W, H);
    expect(line.scale).toBeCloseTo((W - 2 * MINIMAP_PADDING) / 380);
    const point = fitMinimap({ x: 40, y: -7, width: 0, height: 0 }, W, H);
    expect(point.scale).toBe(1);
    expect(toMinimap(point, { x: 40, y: -7 })).toEqual({ x: W / 2, y: H / 2 });
  });

  it('never produces a non-finite fit from broken input', () => {
    const fit = fitMinimap({ x: NaN, y: 0, width: Infinity, height: 10 }, W, H);
    expect(Number.isFinite(fit.x) && Number.isFinite(fit.y) && Number.isFinite(fit.scale)).toBe(true);
  });

  it('maps minimap pixels to flow points and back', () => {
    const rect = fc.record({
      x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
      y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
      width: fc.double({ min: 1, max: 1e5, noNaN: true }),
      height: fc.double({ min: 1, max: 1e5, noNaN: true }),
    });
    const px = fc.record({ x: fc.double({ min: 0, max: W, noNaN: true }), y: fc.double({ min: 0, max: H, noNaN: true }) });
    fc.assert(
      fc.property(rect, px, (content, p) => {
        const fit = fitMinimap(content, W, H);
        const back = toMinimap(fit, toFlow(fit, p));
        expect(back.x).toBeCloseTo(p.x, 6);
        expect(back.y).toBeCloseTo(p.y, 6);
        // The whole content is on the minimap, inside the padding.
        const r = rectToMinimap(fit, content);
        expect(r.x).toBeGreaterThanOrEqual(MINIMAP_PADDING - 1e-6);
        expect(r.y).toBeGreaterThanOrEqual(MINIMAP_PADDING - 1e-6);
        expect(r.x + r.width).toBeLessThanOrEqual(W - MINIMAP_PADDING + 1e-6);
        expect(r.y + r.height).toBeLessThanOrEqual(H - MINIMAP_PADDING + 1e-6);
      }),
    );
  });
});

describe('moving the main view from the minimap', () => {
  it('centres the view on the flow point under the pointer, keeping the zoom', () => {
    const fit = fitMinimap({ x: 0, y: 0, width: 4000, height: 3000 }, W, H);
    const target = toFlow(fit, { x: 150, y: 40 });
    const vp = centerViewportOn(target, 0.2, 1200, 800);
    expect(vp.zoom).toBe(0.2);
    // The screen centre shows the target: screen = flow * zoom + translate.
    expect(target.x * vp.zoom + vp.x).toBeCloseTo(600);
    expect(target.y * vp.zoom + vp.y).toBeCloseTo(400);
  });

  it('zooms around the centre of the main view', () => {
    const vp = { x: -350, y: 120, zoom: 0.25 };
    const next = zoomAroundCenter(vp, 1000, 600, 0.5);
    const centreBefore = { x: (500 - vp.x) / vp.zoom, y: (300 - vp.y) / vp.zoom };
    const centreAfter = { x: (500 - next.x) / next.zoom, y: (300 - next.y) / next.zoom };
    expect(next.zoom).toBe(0.5);
    expect(centreAfter.x).toBeCloseTo(centreBefore.x);
    expect(centreAfter.y).toBeCloseTo(centreBefore.y);
  });

  it('zooms in on wheel up, out on wheel down, by pixel, line or page deltas', () => {
    expect(wheelZoom(0.2, -100, 0, 0.05, 2.5)).toBeCloseTo(0.2 * Math.pow(2, 0.2));
    expect(wheelZoom(0.2, 100, 0, 0.05, 2.5)).toBeCloseTo(0.2 * Math.pow(2, -0.2));
    expect(wheelZoom(0.2, 3, 1, 0.05, 2.5)).toBeCloseTo(0.2 * Math.pow(2, -0.15));
    expect(wheelZoom(0.2, -1, 2, 0.05, 2.5)).toBeCloseTo(0.4);
  });

  it("clamps the zoom to React Flow's limits, even from a zoom already outside them", () => {
    expect(wheelZoom(0.06, 5000, 0, 0.05, 2.5)).toBe(0.05);
    expect(wheelZoom(2.4, -5000, 0, 0.05, 2.5)).toBe(2.5);
    expect(wheelZoom(3, 0, 0, 0.05, 2.5)).toBe(2.5);
    expect(wheelZoom(0.5, 1e6, 0, 0.05, 2.5)).toBe(0.05);
  });
});
