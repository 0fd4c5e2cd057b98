/**
 * Which part of one design is which part of the other: the same id first (a design and its own later
 * version), then, among the parts left, the same kind and name (two files made separately, such as a design
 * and a cluster.yaml imported from its export, whose ids differ).
 */
import type { Part } from '../model/parts.js';

export interface PartMatch {
  before: Part;
  after: Part;
  by: 'id' | 'kind+name';
}

export interface PartMatching {
  matched: PartMatch[];
  /** Parts only in the first design (removed) and only in the second (added), in their design's order. */
  removed: Part[];
  added: Part[];
  /** The id in the second design of a part of the first, for parts that are matched. */
  afterIdOf: ReadonlyMap<string, string>;
}

export function matchParts(before: readonly Part[], after: readonly Part[]): PartMatching {
  const afterById = new Map(after.map((p) => [p.id, p]));
  const matched: PartMatch[] = [];
  const takenAfter = new Set<string>();
  const leftBefore: Part[] = [];
  for (const part of before) {
    const same = afterById.get(part.id);
    // A part whose id now names another kind of part was replaced, not changed.
    if (same && same.kind === part.kind) {
      matched.push({ before: part, after: same, by: 'id' });
      takenAfter.add(same.id);
    } else {
      leftBefore.push(part);
    }
  }
  const leftAfterByKey = new Map<string, Part[]>();
  for (const part of after) {
    if (takenAfter.has(part.id)) continue;
    const key = `${part.kind}\u0000${part.name}`;
    leftAfterByKey.set(key, [...(leftAfterByKey.get(key) ?? []), part]);
  }
  const removed: Part[] = [];
  for (const part of leftBefore) {
    const candidate = leftAfterByKey.get(`${part.kind}\u0000${part.name}`)?.shift();
    if (candidate) {
      matched.push({ before: part, after: candidate, by: 'kind+name' });
      takenAfter.add(candidate.id);
    } else {
      removed.push(part);
    }
  }
  const added = after.filter((p) => !takenAfter.has(p.id));
  const afterIdOf = new Map(matched.map((m) => [m.before.id, m.after.id]));
  // Keep the second design's order, so the list reads like the design.
  const order = new Map(after.map((p, i) => [p.id, i]));
  matched.sort((a, b) => order.get(a.after.id)! - order.get(b.after.id)!);
  return { matched, removed, added, afterIdOf };
}
