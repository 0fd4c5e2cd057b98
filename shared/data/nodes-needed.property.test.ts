/**
 * nodesNeeded packs pods with plain loops (no closures per pod group: it runs for every node group on every
 * validation). Oracle: the straightforward first-fit it replaced, a pod group at a time over the nodes opened
 * so far, on random rooms and pod groups.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodesNeeded, type NodeRoom, type PodGroup } from './instance-types.js';

function reference(room: NodeRoom, groups: readonly PodGroup[], limit = 5000): number {
  const todo = groups.filter((g) => g.count > 0).sort((a, b) => b.cpuMillicores - a.cpuMillicores || b.memoryMiB - a.memoryMiB);
  const nodes: NodeRoom[] = [];
  for (const g of todo) {
    if (g.cpuMillicores > room.cpuMillicores || g.memoryMiB > room.memoryMiB || room.pods < 1) return Infinity;
    let left = g.count;
    const fits = (n: NodeRoom) =>
      Math.min(
        n.pods,
        g.cpuMillicores > 0 ? Math.floor(n.cpuMillicores / g.cpuMillicores) : Infinity,
        g.memoryMiB > 0 ? Math.floor(n.memoryMiB / g.memoryMiB) : Infinity,
      );
    const place = (n: NodeRoom) => {
      const k = Math.min(left, fits(n));
      if (k <= 0) return;
      n.pods -= k;
      n.cpuMillicores -= k * g.cpuMillicores;
      n.memoryMiB -= k * g.memoryMiB;
      left -= k;
    };
    for (const n of nodes) {
      if (left === 0) break;
      place(n);
    }
    while (left > 0) {
      if (nodes.length >= limit) return limit + 1;
      const n = { ...room };
      nodes.push(n);
      place(n);
    }
  }
  return nodes.length;
}

const room = fc.record({
  cpuMillicores: fc.integer({ min: 0, max: 16000 }),
  memoryMiB: fc.integer({ min: 0, max: 65536 }),
  pods: fc.integer({ min: 0, max: 110 }),
});
const group = fc.record({
  count: fc.integer({ min: 0, max: 60 }),
  cpuMillicores: fc.integer({ min: 0, max: 8000 }),
  memoryMiB: fc.integer({ min: 0, max: 32768 }),
});

describe('nodesNeeded', () => {
  it('needs as many nodes as the straightforward first-fit, within and past the limit', () => {
    fc.assert(
      fc.property(room, fc.array(group, { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), (r, groups, limit) => {
        expect(nodesNeeded({ ...r }, groups, limit)).toBe(reference({ ...r }, groups, limit));
        expect(nodesNeeded({ ...r }, groups)).toBe(reference({ ...r }, groups));
      }),
      { numRuns: 500 },
    );
  });
});
