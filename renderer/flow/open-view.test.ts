import { describe, expect, it } from 'vitest';
import { insertPart } from '../../shared/editor/commands.js';
import { absoluteRect, partMap } from '../../shared/editor/geometry.js';
import type { Design } from '../../shared/model/design.js';
import { openingViewport, readableZoom } from './open-view.js';

const VIEW = { width: 700, height: 600 };
const READABLE = readableZoom(13);

function design(withCluster: boolean): Design {
  let d: Design = { name: 'v', description: '', parts: [], connections: [] };
  d = insertPart(d, 'vpc').design;
  if (withCluster) d = insertPart(d, 'cluster', { parentId: 'vpc-1', preferred: { x: 300, y: 200 } }).design;
  return d;
}

describe('openingViewport', () => {
  it('leaves a design that fits readably to fitView', () => {
    let d: Design = { name: 'v', description: '', parts: [], connections: [] };
    d = insertPart(d, 'ecr').design;
    expect(openingViewport(d, VIEW, READABLE)).toBeUndefined();
    expect(openingViewport({ parts: [] }, VIEW, READABLE)).toBeUndefined();
  });

  it('zooms to the readable level with the whole cluster in view when the design would be too small', () => {
    const d = design(true);
    const view = openingViewport(d, VIEW, READABLE)!;
    expect(view.zoom).toBeCloseTo(11 / 13);
    const byId = partMap(d);
    const onScreen = (id: string) => {
      const r = absoluteRect(byId, byId.get(id)!);
      return {
        left: r.x * view.zoom + view.x,
        top: r.y * view.zoom + view.y,
        right: (r.x + r.width) * view.zoom + view.x,
        bottom: (r.y + r.height) * view.zoom + view.y,
      };
    };
    const cluster = onScreen('cluster-1');
    expect(cluster.left).toBeGreaterThanOrEqual(0);
    expect(cluster.top).toBeGreaterThanOrEqual(0);
    expect(cluster.right).toBeLessThanOrEqual(VIEW.width);
    expect(cluster.bottom).toBeLessThanOrEqual(VIEW.height);
    // No empty canvas beyond the VPC's right edge, which is cut: it ends at the view's margin.
    expect(onScreen('vpc-1').right).toBeCloseTo(VIEW.width - 24);
  });

  it('puts the top-left of a part too big for the view at the view’s top-left', () => {
    const view = openingViewport(design(false), { width: 400, height: 300 }, READABLE)!;
    expect(view).toEqual({ x: 24, y: 24, zoom: READABLE });
  });

  it('centres the design along an axis where it fits whole', () => {
    const view = openingViewport(design(false), { width: 2000, height: 300 }, READABLE)!;
    expect(view.zoom).toBe(READABLE);
    expect(view.x).toBeCloseTo(1000 - 480 * READABLE);
    expect(view.y).toBe(24);
  });
});
