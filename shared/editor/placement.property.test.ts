/**
 * Whatever the user adds, duplicates or pastes, and wherever they ask for it, no two siblings overlap and
 * every child stays inside its parent (below its title band).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design.js';
import { PART_KINDS, type PartKind } from '../model/parts.js';
import { ALLOWED_PARENTS, canNest } from '../model/structure.js';
import { layoutProblems } from '../test-support/layout.js';
import { copyParts, duplicateParts, pasteClip } from './clipboard.js';
import { insertPart } from './commands.js';
import { placeNewPart } from './placement.js';

type Step =
  | { op: 'add'; kind: PartKind; parentPick: number; at: { x: number; y: number } | null }
  | { op: 'duplicate' | 'paste'; picks: number[] };

const point = fc.record({ x: fc.integer({ min: -300, max: 1500 }), y: fc.integer({ min: -300, max: 1200 }) });
/** Kinds that fill containers fast, so containers grow into their siblings and must push them aside. */
const CROWDING_KINDS: PartKind[] = ['vpc', 'subnet', 'cluster', 'managed-node-group', 'fargate-profile', 'workload', 'alb'];
const kindArb = fc.oneof(fc.constantFrom(...PART_KINDS), fc.constantFrom(...CROWDING_KINDS));
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      kind: kindArb,
      parentPick: fc.nat(),
      at: fc.option(point),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constantFrom('duplicate' as const, 'paste' as const),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    }),
  },
);

function run(steps: Step[]): Design {
  let d: Design = { name: 'p', description: '', parts: [], connections: [] };
  for (const s of steps) {
    if (s.op === 'add') {
      const parents = d.parts.filter((p) => ALLOWED_PARENTS[s.kind].includes(p.kind));
      const parent = parents.length > 0 ? parents[s.parentPick % parents.length] : undefined;
      if (!parent && !canNest(s.kind, undefined)) continue;
      d = insertPart(d, s.kind, { ...(parent ? { parentId: parent.id } : {}), ...(s.at ? { preferred: s.at } : {}) }).design;
    } else if (d.parts.length > 0) {
      const ids = s.picks.map((i) => d.parts[i % d.parts.length]!.id);
      d = s.op === 'duplicate' ? duplicateParts(d, ids).design : pasteClip(d, copyParts(d, ids)).design;
    }
  }
  return d;
}

describe('placement', () => {
  it('keeps siblings apart and children inside their parents after any adds, duplicates and pastes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        expect(layoutProblems(run(steps))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('puts a part where it was asked for when that spot is free, and next to a taken one otherwise', () => {
    let d = insertPart({ name: 'p', description: '', parts: [], connections: [] }, 'vpc').design;
    const first = placeNewPart(d, 'subnet', 'vpc-1', { x: 100, y: 100 });
    expect(first).toEqual({ x: 100, y: 100 });
    d = insertPart(d, 'subnet', { parentId: 'vpc-1', preferred: { x: 100, y: 100 } }).design;
    const second = placeNewPart(d, 'subnet', 'vpc-1', { x: 110, y: 110 });
    expect(Math.hypot(second.x - 110, second.y - 110)).toBeLessThan(250);
    expect(layoutProblems(insertPart(d, 'subnet', { parentId: 'vpc-1', preferred: { x: 110, y: 110 } }).design)).toEqual([]);
  });

  it('without a preferred spot, takes the first free one right of and below the top-left', () => {
    let d: Design = { name: 'p', description: '', parts: [], connections: [] };
    d = insertPart(d, 'vpc').design;
    const ecr = placeNewPart(d, 'ecr', undefined);
    expect(ecr.x).toBeGreaterThanOrEqual(0);
    expect(ecr.y).toBeGreaterThanOrEqual(0);
    expect(layoutProblems(insertPart(d, 'ecr').design)).toEqual([]);
  });

  it('pushes the siblings a growing container would cover out of its way', () => {
    let d: Design = { name: 'p', description: '', parts: [], connections: [] };
    d = insertPart(d, 'vpc').design;
    d = insertPart(d, 'cluster', { parentId: 'vpc-1' }).design;
    // Below the cluster and right of it, inside the VPC.
    d = insertPart(d, 'alb', { parentId: 'vpc-1', preferred: { x: 16, y: 460 } }).design;
    d = insertPart(d, 'subnet', { parentId: 'vpc-1', preferred: { x: 700, y: 44 } }).design;
    const albBefore = d.parts.find((p) => p.id === 'alb-1')!.position;
    for (let i = 0; i < 6; i++) d = insertPart(d, 'managed-node-group', { parentId: 'cluster-1' }).design;
    expect(layoutProblems(d)).toEqual([]);
    expect(d.parts.find((p) => p.id === 'alb-1')!.position.y).toBeGreaterThan(albBefore.y);
  });
});
