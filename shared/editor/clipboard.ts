/**
 * Copy, paste and duplicate. A clip holds parts with their descendants and the connections between
 * them; pasting gives every part a fresh id and a `-copy` name, and puts the copied roots, keeping their
 * layout, into the free space nearest to the original spot shifted by an offset.
 */
import { copyName, nextPartId, uniqueName } from '../model/defaults.js';
import type { Connection, Design } from '../model/design.js';
import type { Part } from '../model/parts.js';
import { canNest } from '../model/structure.js';
import { growToFit } from './commands.js';
import { absolutePosition, partMap, sizeOf, withDescendants, type Point } from './geometry.js';
import { cidrsOverlap, parseCidr } from '../util/cidr.js';
import { layOutAsEksctl } from './eksctl-subnet-layout.js';
import { contextualBaseName, nextSubnetProps } from './new-part-props.js';
import { placeRect } from './placement.js';

export interface Clip {
  /** Copied parts in document order; roots carry their absolute position in `rootPositions`. */
  parts: Part[];
  connections: Connection[];
  rootPositions: Record<string, Point>;
}

/** Copies `ids` with their descendants; connections are kept only when both ends are copied. */
export function copyParts(design: Design, ids: Iterable<string>): Clip {
  const chosen = withDescendants(
    design,
    [...ids].filter((id) => design.parts.some((p) => p.id === id)),
  );
  const parts = design.parts.filter((p) => chosen.has(p.id));
  const byId = partMap(design);
  const rootPositions: Record<string, Point> = {};
  for (const p of parts) if (p.parentId === undefined || !chosen.has(p.parentId)) rootPositions[p.id] = absolutePosition(byId, p);
  const connections = design.connections.filter((c) => chosen.has(c.from) && chosen.has(c.to));
  return cloneJson({ parts, connections, rootPositions });
}

/**
 * Adds a clip to `design`. A root goes back into its original container when that still exists (and
 * may hold it), otherwise to the top level; a root that needs a container and has none is left out,
 * with its descendants. Returns the new ids of the pasted parts.
 */
export function pasteClip(design: Design, clip: Clip, offset: Point = { x: 40, y: 40 }): { design: Design; ids: string[] } {
  let current: Design = design;
  const byId = partMap(design);
  const idMap = new Map<string, string>();
  const skipped = new Set<string>();
  for (const src of clip.parts) {
    const isRoot = src.id in clip.rootPositions;
    let parentId: string | undefined;
    let position = src.position;
    if (isRoot) {
      const original = src.parentId === undefined ? undefined : byId.get(src.parentId);
      const abs = clip.rootPositions[src.id]!;
      if (original && canNest(src.kind, original.kind)) {
        const base = absolutePosition(byId, original);
        parentId = original.id;
        position = { x: abs.x - base.x + offset.x, y: abs.y - base.y + offset.y };
      } else if (canNest(src.kind, undefined)) {
        position = { x: abs.x + offset.x, y: abs.y + offset.y };
      } else {
        skipped.add(src.id);
        continue;
      }
    } else {
      if (skipped.has(src.parentId!)) {
        skipped.add(src.id);
        continue;
      }
      parentId = idMap.get(src.parentId!);
    }
    const id = nextPartId(current, src.kind);
    idMap.set(src.id, id);
    const part = { ...cloneJson(src), id, name: copyName(current, src.kind, src.name), position } as Part;
    if (parentId === undefined) delete part.parentId;
    else part.parentId = parentId;
    current = { ...current, parts: [...current.parts, part] };
  }
  // Subnet references point at the pasted copies when those were copied too.
  const pasted = new Set(idMap.values());
  const existing = new Set(current.parts.map((p) => p.id));
  const parts = current.parts.map((p) => {
    if (!pasted.has(p.id)) return p;
    const props = p.props as { subnetIds?: string[] };
    if (!Array.isArray(props.subnetIds)) return p;
    const subnetIds = props.subnetIds.map((s) => idMap.get(s) ?? s).filter((s) => existing.has(s));
    return { ...p, props: { ...props, subnetIds } } as Part;
  });
  current = placeRoots(
    { ...current, parts },
    [...idMap.entries()].filter(([src]) => src in clip.rootPositions).map(([, id]) => id),
  );
  current = freshSubnets(current, pasted);
  for (const c of clip.connections) {
    const from = idMap.get(c.from);
    const to = idMap.get(c.to);
    if (!from || !to) continue;
    current = { ...current, connections: [...current.connections, { ...c, id: nextPartId(current, 'conn'), from, to }] };
  }
  return { design: current, ids: [...idMap.values()] };
}

/** Copy and paste in one step. */
export function duplicateParts(design: Design, ids: Iterable<string>, offset?: Point): { design: Design; ids: string[] } {
  return pasteClip(design, copyParts(design, ids), offset);
}

/**
 * Moves the pasted roots, per parent as one block that keeps their layout, to the free space nearest to
 * where they were pasted, then grows each parent (and its ancestors) to hold them.
 */
function placeRoots(design: Design, rootIds: readonly string[]): Design {
  const byParent = new Map<string | undefined, string[]>();
  for (const id of rootIds) {
    const parentId = design.parts.find((p) => p.id === id)!.parentId;
    byParent.set(parentId, [...(byParent.get(parentId) ?? []), id]);
  }
  let current = design;
  for (const [parentId, ids] of byParent) {
    const group = new Set(ids);
    const roots = current.parts.filter((p) => group.has(p.id));
    const left = Math.min(...roots.map((p) => p.position.x));
    const top = Math.min(...roots.map((p) => p.position.y));
    const right = Math.max(...roots.map((p) => p.position.x + sizeOf(p).width));
    const bottom = Math.max(...roots.map((p) => p.position.y + sizeOf(p).height));
    const at = placeRect(current, parentId, { width: right - left, height: bottom - top }, { x: left, y: top }, group);
    const dx = at.x - left;
    const dy = at.y - top;
    current = {
      ...current,
      parts: current.parts.map((p) => (group.has(p.id) ? { ...p, position: { x: p.position.x + dx, y: p.position.y + dy } } : p)),
    };
    current = growToFit(current, parentId);
  }
  return current;
}

/**
 * A pasted subnet whose CIDR overlaps another subnet of its VPC takes the AZ its access type covers least and
 * a CIDR of its own (eksctl's in a VPC eksctl creates, else the next free one), like a new subnet (a copy that
 * overlaps is an error the user did not ask for).
 */
function freshSubnets(design: Design, pasted: ReadonlySet<string>): Design {
  let current = design;
  for (const id of pasted) {
    const subnet = current.parts.find((p) => p.id === id);
    if (subnet?.kind !== 'subnet' || subnet.parentId === undefined) continue;
    const own = parseCidr(subnet.props.cidr, true);
    const clashes = current.parts.some((p) => {
      if (p.kind !== 'subnet' || p.id === id || p.parentId !== subnet.parentId) return false;
      const other = parseCidr(p.props.cidr, true);
      return own === undefined || other === undefined || cidrsOverlap(own, other);
    });
    if (!clashes) continue;
    const others = { ...current, parts: current.parts.filter((p) => p.id !== id) };
    const next = nextSubnetProps(others, subnet.parentId, subnet.props.access);
    if (!next) continue;
    // A name that says the old zone (public-1a-copy) would now lie: it follows the new zone like a new subnet's.
    const oldBase = contextualBaseName('subnet', subnet.props);
    const newBase = contextualBaseName('subnet', { ...subnet.props, ...next });
    const renamed =
      oldBase !== undefined && newBase !== undefined && oldBase !== newBase && subnet.name.startsWith(oldBase)
        ? uniqueName(others, 'subnet', newBase)
        : subnet.name;
    current = {
      ...current,
      parts: current.parts.map((p) => (p.id === id ? ({ ...p, name: renamed, props: { ...subnet.props, ...next } } as Part) : p)),
    };
    // In a VPC eksctl creates, the copy takes eksctl's CIDR for its zone, as a new subnet does.
    current = layOutAsEksctl(current, id);
  }
  return current;
}

/** Designs are plain JSON, so a JSON round trip is a faithful deep copy (and needs no DOM or Node API). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
