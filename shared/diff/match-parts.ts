/**
 * Which part of one design is which part of the other. Three passes over the parts still unmatched:
 * 1. the same id, kind and name (a design and its own later version);
 * 2. the same kind and name (two files made separately, such as a design and a cluster.yaml imported from its
 *    export: an import numbers its parts in file order, so a node group added at the top shifts every id after
 *    it, and matching by id first would pair ng-a with ng-b);
 * 3. the same id and kind (a part renamed in the same design);
 * 4. for subnets, the same Availability Zone, access and CIDR: an export keys a subnet alone in its AZ by the
 *    AZ, so its import is named `public-us-east-1a` where the design said `public-1a`.
 */
import type { Part } from '../model/parts.js';

export interface PartMatch {
  before: Part;
  after: Part;
  by: 'id' | 'kind+name' | 'subnet';
}

export interface PartMatching {
  matched: PartMatch[];
  /** Parts only in the first design (removed) and only in the second (added), in their design's order. */
  removed: Part[];
  added: Part[];
  /** The id in the second design of a part of the first, for parts that are matched. */
  afterIdOf: ReadonlyMap<string, string>;
}

type Key = (p: Part) => string;
const byIdKindName: Key = (p) => `${p.id}\u0000${p.kind}\u0000${p.name}`;
const byKindName: Key = (p) => `${p.kind}\u0000${p.name}`;
// A part whose id now names another kind of part was replaced, not changed.
const byIdKind: Key = (p) => `${p.id}\u0000${p.kind}`;
// Parts other than subnets get a key no other part has, so this pass leaves them alone.
const bySubnetPlace: Key = (p) =>
  p.kind === 'subnet' ? `${p.props.availabilityZone}\u0000${p.props.access}\u0000${p.props.cidr}` : `\u0001${p.id}`;

export function matchParts(before: readonly Part[], after: readonly Part[]): PartMatching {
  const matched: PartMatch[] = [];
  let leftBefore = [...before];
  let leftAfter = [...after];
  for (const [key, by] of [
    [byIdKindName, 'id'],
    [byKindName, 'kind+name'],
    [byIdKind, 'id'],
    [bySubnetPlace, 'subnet'],
  ] as const) {
    const candidates = new Map<string, Part[]>();
    for (const part of leftAfter) candidates.set(key(part), [...(candidates.get(key(part)) ?? []), part]);
    const taken = new Set<Part>();
    leftBefore = leftBefore.filter((part) => {
      const match = candidates.get(key(part))?.shift();
      if (match && match.kind !== part.kind) return true;
      if (!match) return true;
      matched.push({ before: part, after: match, by });
      taken.add(match);
      return false;
    });
    leftAfter = leftAfter.filter((p) => !taken.has(p));
  }
  const afterIdOf = new Map(matched.map((m) => [m.before.id, m.after.id]));
  // Keep the second design's order, so the list reads like the design.
  const order = new Map(after.map((p, i) => [p, i]));
  matched.sort((a, b) => order.get(a.after)! - order.get(b.after)!);
  return { matched, removed: leftBefore, added: leftAfter, afterIdOf };
}
