import { describe, expect, it } from 'vitest';
import { absoluteRect, partMap } from '../../shared/editor/geometry.js';
import { moveParts, resizePart } from '../../shared/editor/commands.js';
import { loadTemplate, TEMPLATES } from '../../templates/index.js';
import { computeLayout } from './auto-layout.js';

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('auto-layout', () => {
  it.each(TEMPLATES.map((t) => t.id))('lays out %s with no overlapping siblings and children inside parents', async (id) => {
    let design = loadTemplate(id).design;
    const result = await computeLayout(design);
    design = moveParts(design, result.positions);
    for (const { id: pid, size } of result.sizes) design = resizePart(design, pid, size);
    const byId = partMap(design);
    for (const p of design.parts) {
      const r = absoluteRect(byId, p);
      if (p.parentId) {
        const parent = absoluteRect(byId, byId.get(p.parentId)!);
        expect(r.x).toBeGreaterThanOrEqual(parent.x);
        expect(r.y).toBeGreaterThanOrEqual(parent.y);
        expect(r.x + r.width).toBeLessThanOrEqual(parent.x + parent.width);
        expect(r.y + r.height).toBeLessThanOrEqual(parent.y + parent.height);
      }
      for (const q of design.parts) {
        if (q.id <= p.id || q.parentId !== p.parentId) continue;
        expect(overlaps(r, absoluteRect(byId, q)), `${p.id} overlaps ${q.id}`).toBe(false);
      }
    }
  });
});

describe('loose parts', () => {
  it('puts a VPC’s subnets in a grid: one column per AZ, public row above private', async () => {
    const design = loadTemplate('microservices').design;
    const result = await computeLayout(design);
    const at = new Map(result.positions.map((p) => [p.id, p.position]));
    const subnets = design.parts.filter((p) => p.kind === 'subnet');
    expect(subnets.length).toBeGreaterThanOrEqual(4);
    for (const a of subnets) {
      for (const b of subnets) {
        if (a.kind !== 'subnet' || b.kind !== 'subnet' || a.parentId !== b.parentId) continue;
        const pa = at.get(a.id)!;
        const pb = at.get(b.id)!;
        if (a.props.availabilityZone === b.props.availabilityZone) expect(pa.x).toBe(pb.x);
        if (a.props.access === 'public' && b.props.access === 'private') expect(pa.y).toBeLessThan(pb.y);
        if (a.props.availabilityZone < b.props.availabilityZone) expect(pa.x).toBeLessThan(pb.x);
      }
    }
  });
});
