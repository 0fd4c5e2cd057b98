import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import { addPart } from './commands.js';
import { DEFAULT_SIZES } from './geometry.js';
import { insertTarget } from './insert-target.js';
import { simpleFreeSpot } from './simple-free-spot.js';

function design(): Design {
  let d: Design = { name: 'd', description: '', parts: [], connections: [] };
  d = addPart(d, 'vpc').design;
  d = addPart(d, 'subnet', { parentId: 'vpc-1' }).design;
  d = addPart(d, 'cluster', { parentId: 'vpc-1', position: { x: 300, y: 60 } }).design;
  d = addPart(d, 'managed-node-group', { parentId: 'cluster-1', position: { x: 20, y: 60 } }).design;
  d = addPart(d, 'workload', { parentId: 'managed-node-group-1', position: { x: 20, y: 60 } }).design;
  return d;
}

describe('insertTarget', () => {
  it('uses the selected container when it may hold the kind', () => {
    expect(insertTarget(design(), ['vpc-1'], 'subnet')).toEqual({ parentId: 'vpc-1' });
    expect(insertTarget(design(), ['managed-node-group-1'], 'workload')).toEqual({ parentId: 'managed-node-group-1' });
  });

  it('climbs from the selection to the innermost container that may hold the kind', () => {
    expect(insertTarget(design(), ['workload-1'], 'workload')).toEqual({ parentId: 'managed-node-group-1' });
    expect(insertTarget(design(), ['workload-1'], 'fargate-profile')).toEqual({ parentId: 'cluster-1' });
    expect(insertTarget(design(), ['subnet-1'], 'alb')).toEqual({ parentId: 'vpc-1' });
  });

  it('falls back to the top level, or says which containers a kind needs', () => {
    expect(insertTarget(design(), ['workload-1'], 'ecr')).toEqual({ parentId: undefined });
    expect(insertTarget(design(), [], 'vpc')).toEqual({ parentId: undefined });
    expect(insertTarget(design(), ['c-1'], 'vpc')).toEqual({ parentId: undefined });
    expect(insertTarget(design(), [], 'workload')).toEqual({
      needs: ['cluster', 'managed-node-group', 'self-managed-node-group', 'fargate-profile'],
    });
  });
});

describe('simpleFreeSpot', () => {
  it('finds room below the header beside the children already there', () => {
    const d = design();
    // vpc-1 holds subnet-1 at (0,0)-ish and the cluster at x 300: the first free spot is right of the subnet.
    const spot = simpleFreeSpot(d, 'subnet', 'vpc-1');
    const rect = { ...spot, ...DEFAULT_SIZES.subnet };
    for (const p of d.parts.filter((q) => q.parentId === 'vpc-1')) {
      const s = p.size ?? DEFAULT_SIZES[p.kind];
      const apart =
        rect.x >= p.position.x + s.width ||
        p.position.x >= rect.x + rect.width ||
        rect.y >= p.position.y + s.height ||
        p.position.y >= rect.y + rect.height;
      expect(apart, `overlaps ${p.id}`).toBe(true);
    }
    expect(spot.y).toBeGreaterThanOrEqual(44);
  });

  it('places a part in an empty container just under its header, and below everything when rows are full', () => {
    let d: Design = { name: 'd', description: '', parts: [], connections: [] };
    d = addPart(d, 'cluster').design;
    expect(simpleFreeSpot(d, 'managed-node-group', 'cluster-1')).toEqual({ x: 20, y: 44 });
    d = addPart(d, 'managed-node-group', { parentId: 'cluster-1', position: { x: 20, y: 44 } }).design;
    d = addPart(d, 'managed-node-group', { parentId: 'cluster-1', position: { x: 320, y: 44 } }).design;
    const spot = simpleFreeSpot(d, 'managed-node-group', 'cluster-1');
    expect(spot.y).toBeGreaterThanOrEqual(44 + 170 + 20);
  });
});
