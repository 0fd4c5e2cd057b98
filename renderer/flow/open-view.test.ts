import { describe, expect, it } from 'vitest';
import { insertPart } from '../../shared/editor/commands.js';
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

  it('zooms to the readable level on the cluster when the whole design would be too small', () => {
    const d = design(true);
    const view = openingViewport(d, VIEW, READABLE)!;
    expect(view.zoom).toBeCloseTo(11 / 13);
    // The cluster (620x380 at vpc + (300,200)) is centred.
    const cluster = d.parts.find((p) => p.kind === 'cluster')!;
    const vpc = d.parts.find((p) => p.kind === 'vpc')!;
    const centreX = (vpc.position.x + cluster.position.x + 310) * view.zoom + view.x;
    const centreY = (vpc.position.y + cluster.position.y + 190) * view.zoom + view.y;
    expect(centreX).toBeCloseTo(VIEW.width / 2);
    expect(centreY).toBeCloseTo(VIEW.height / 2);
  });

  it('puts the top-left of a part too big for the view at the view’s top-left', () => {
    const view = openingViewport(design(false), { width: 400, height: 300 }, READABLE)!;
    expect(view).toEqual({ x: 24, y: 24, zoom: READABLE });
  });
});
