import { describe, expect, it } from 'vitest';
import { parseDesignValue, toDocument } from '../shared/model/document.js';
import type { PartKind } from '../shared/model/parts.js';
import { generateDesign, PARTS_PER_STACK } from './generate-design.js';

function countKinds(kinds: readonly PartKind[]): Partial<Record<PartKind, number>> {
  const out: Partial<Record<PartKind, number>> = {};
  for (const k of kinds) out[k] = (out[k] ?? 0) + 1;
  return out;
}

describe('generateDesign', () => {
  it.each([0, 1, 7, 100, 1000])('makes exactly %i parts that load as a valid design', (n) => {
    const design = generateDesign(n);
    expect(design.parts).toHaveLength(n);
    // A round trip through the loader checks structure, nesting and connection ends again.
    expect(parseDesignValue(JSON.parse(JSON.stringify(toDocument(design)))).design).toEqual(design);
  });

  it('is deterministic', () => {
    expect(generateDesign(300)).toEqual(generateDesign(300));
  });

  it('mixes the part kinds of a real design, with load balancers routing to workloads', () => {
    const design = generateDesign(PARTS_PER_STACK * 2);
    expect(countKinds(design.parts.map((p) => p.kind))).toEqual({
      vpc: 2,
      subnet: 12,
      cluster: 2,
      'managed-node-group': 4,
      'fargate-profile': 2,
      workload: 14,
      alb: 2,
      nlb: 2,
      ecr: 2,
    });
    const kindOf = new Map(design.parts.map((p) => [p.id, p.kind]));
    const lbLinks = design.connections.filter((c) => ['alb', 'nlb'].includes(kindOf.get(c.from)!));
    expect(lbLinks).toHaveLength(8);
    for (const c of lbLinks) expect(kindOf.get(c.to)).toBe('workload');
  });

  it('keeps connections only between parts it made when the last stack is cut short', () => {
    const design = generateDesign(PARTS_PER_STACK + 5);
    const ids = new Set(design.parts.map((p) => p.id));
    for (const c of design.connections) expect(ids.has(c.from) && ids.has(c.to)).toBe(true);
  });
});
