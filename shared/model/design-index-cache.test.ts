/**
 * The design index answers childrenOfKind, ancestor (clusterOf, vpcOf) and the placement subnets from per-index
 * caches (validation asks the same questions from many rules). Oracle: the same questions answered the
 * straightforward way from the design's own parts list, on every template,
 * asked twice so that the second answer comes from the cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from './design.js';
import { parseDesignText } from './document.js';
import { DesignIndex, memoSlot } from './design-index.js';
import { PART_KINDS, type Part, type PartKind } from './parts.js';

function designs(): [string, Design][] {
  const dir = new URL('../../templates/', import.meta.url);
  const templates = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, Design] => [f, parseDesignText(readFileSync(new URL(f, dir), 'utf8')).design]);
  expect(templates.length).toBeGreaterThanOrEqual(6);
  return templates;
}

function walkUp(design: Design, part: Part, kind: PartKind): Part | undefined {
  const byId = new Map(design.parts.map((p) => [p.id, p]));
  let cursor: Part | undefined = part;
  while (cursor && cursor.kind !== kind) cursor = cursor.parentId === undefined ? undefined : byId.get(cursor.parentId);
  return cursor;
}

describe('DesignIndex caches', () => {
  for (const [name, design] of designs()) {
    it(`answer as the parts list does, first and second time (${name})`, () => {
      const index = new DesignIndex(design);
      for (let round = 0; round < 2; round++) {
        for (const part of design.parts) {
          for (const kind of PART_KINDS) {
            const children = design.parts.filter((p) => p.parentId === part.id && p.kind === kind);
            expect(index.childrenOfKind(part, kind)).toEqual(children);
            expect(index.ancestor(part, kind)).toBe(walkUp(design, part, kind));
          }
          if (part.kind === 'managed-node-group' || part.kind === 'self-managed-node-group')
            expect(index.nodeGroupSubnets(part)).toEqual(new DesignIndex(design).nodeGroupSubnets(part));
          if (part.kind === 'fargate-profile')
            expect(index.fargateSubnets(part)).toEqual(new DesignIndex(design).fargateSubnets(part));
          if (part.kind === 'alb' || part.kind === 'nlb')
            expect(index.loadBalancerSubnets(part)).toEqual(new DesignIndex(design).loadBalancerSubnets(part));
          if (part.kind === 'cluster') {
            const inside = (p: Part): boolean => walkUp(design, p, 'cluster') === part;
            expect(
              index
                .workloadsOf(part)
                .map((w) => w.id)
                .sort(),
            ).toEqual(
              design.parts
                .filter((p) => p.kind === 'workload' && inside(p))
                .map((w) => w.id)
                .sort(),
            );
          }
        }
      }
      expect(design.parts.some((p) => p.kind === 'cluster')).toBe(true);
    });
  }
});

describe('DesignIndex.memo', () => {
  it('computes a slot once per index, per part with memoOf, and afresh for a new index', () => {
    const design = designs()[0]![1];
    const slot = memoSlot<{ calls: number }>('test slot');
    const perPart = memoSlot<Map<string, string>>('test per part');
    let calls = 0;
    const index = new DesignIndex(design);
    const first = index.memo(slot, () => ({ calls: ++calls }));
    expect(index.memo(slot, () => ({ calls: ++calls }))).toBe(first);
    expect(new DesignIndex(design).memo(slot, () => ({ calls: ++calls }))).toEqual({ calls: 2 });
    const [a, b] = design.parts;
    expect(index.memoOf(perPart, a!.id, () => `${a!.id}:${++calls}`)).toBe(`${a!.id}:3`);
    expect(index.memoOf(perPart, a!.id, () => `${a!.id}:${++calls}`)).toBe(`${a!.id}:3`);
    expect(index.memoOf(perPart, b!.id, () => `${b!.id}:${++calls}`)).toBe(`${b!.id}:4`);
  });
});
