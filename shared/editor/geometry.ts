/**
 * Where parts are on the canvas: default sizes, absolute positions (a part's position is relative to
 * its parent), bounds, and the innermost container under a point that may hold a given kind.
 */
import type { Design } from '../model/design.js';
import { KIND_TABLES } from '../model/kinds/index.js';
import type { Part, PartKind } from '../model/parts.js';
import { canNest, CONTAINER_KINDS } from '../model/structure.js';

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}

/** Drawn size of each kind when the part has no `size` of its own (each kind module's `defaultSize`). */
export const DEFAULT_SIZES: Readonly<Record<PartKind, Size>> = KIND_TABLES.defaultSizes;

/** Space a container keeps for its header; children are placed below it. */
export const CONTAINER_HEADER = 44;

export function isContainer(kind: PartKind): boolean {
  return CONTAINER_KINDS.has(kind);
}

export function sizeOf(part: Pick<Part, 'kind' | 'size'>): Size {
  return part.size ?? DEFAULT_SIZES[part.kind];
}

/** Parts by id, for the lookups below. */
export function partMap(design: Pick<Design, 'parts'>): Map<string, Part> {
  return new Map(design.parts.map((p) => [p.id, p]));
}

/** Canvas position of a part, following its parent chain (a cycle guard stops at 64 levels). */
export function absolutePosition(byId: ReadonlyMap<string, Part>, part: Part): Point {
  let x = part.position.x;
  let y = part.position.y;
  let parentId = part.parentId;
  for (let depth = 0; parentId !== undefined && depth < 64; depth++) {
    const parent = byId.get(parentId);
    if (!parent) break;
    x += parent.position.x;
    y += parent.position.y;
    parentId = parent.parentId;
  }
  return { x, y };
}

export function absoluteRect(byId: ReadonlyMap<string, Part>, part: Part): Rect {
  return { ...absolutePosition(byId, part), ...sizeOf(part) };
}

/** Depth of a part in the containment tree (top level = 0). */
export function depthOf(byId: ReadonlyMap<string, Part>, part: Part): number {
  let depth = 0;
  for (let p = part.parentId; p !== undefined && depth < 64; p = byId.get(p)?.parentId) depth++;
  return depth;
}

export function containsPoint(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

/** Ids of `rootIds` and everything nested inside them. */
export function withDescendants(design: Pick<Design, 'parts'>, rootIds: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const p of design.parts) {
    if (p.parentId === undefined) continue;
    const list = children.get(p.parentId) ?? [];
    list.push(p.id);
    children.set(p.parentId, list);
  }
  const out = new Set<string>();
  const stack = [...rootIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * The innermost container under `point` that may hold a part of `kind`, skipping `exclude` (the part
 * being moved and its descendants). Undefined = top level.
 */
export function containerAt(
  design: Pick<Design, 'parts'>,
  kind: PartKind,
  point: Point,
  exclude: ReadonlySet<string> = new Set(),
): Part | undefined {
  const byId = partMap(design);
  let best: Part | undefined;
  let bestDepth = -1;
  for (const p of design.parts) {
    if (exclude.has(p.id) || !isContainer(p.kind) || !canNest(kind, p.kind)) continue;
    if (!containsPoint(absoluteRect(byId, p), point)) continue;
    const depth = depthOf(byId, p);
    // Among equally deep containers the later one is drawn on top, so it is the one under the pointer.
    if (depth >= bestDepth) {
      best = p;
      bestDepth = depth;
    }
  }
  return best;
}
