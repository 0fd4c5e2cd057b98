/**
 * The order and places in which the palette test drops one part of every kind, derived from the kind
 * registry: containers before what goes in them, each part dropped on the middle of its kind's typical
 * parent, top-level cards in a column on the left and top-level containers to the right of it.
 */
import { KIND_TABLES } from '../../shared/model/kinds/index.js';
import type { PartKind } from '../../shared/model/parts.js';
import { CONTAINER_KINDS } from '../../shared/model/structure.js';

export type DropTarget =
  | { kind: PartKind; parentKind: PartKind }
  /** Relative to the canvas's top-left. */
  | { kind: PartKind; parentKind?: undefined; x: number; y: number };

export function dropPlan(): DropTarget[] {
  const depth = (kind: PartKind): number => {
    const parent = KIND_TABLES.typicalParent[kind];
    return parent === undefined ? 0 : 1 + depth(parent);
  };
  // A stable sort keeps the registry's (palette) order within a depth.
  const kinds = [...KIND_TABLES.kinds].sort((a, b) => depth(a) - depth(b));
  let cards = 0;
  let containers = 0;
  return kinds.map((kind): DropTarget => {
    const parentKind = KIND_TABLES.typicalParent[kind];
    if (parentKind !== undefined) return { kind, parentKind };
    if (CONTAINER_KINDS.has(kind)) return { kind, x: 260 + 1000 * containers++, y: 40 };
    return { kind, x: 110, y: 100 + 120 * cards++ };
  });
}
