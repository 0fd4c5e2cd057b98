/**
 * Copy, paste and duplicate. A clip holds parts with their descendants and the connections between
 * them; pasting gives every part a fresh id and name and shifts the copied roots by an offset.
 */
import { nextPartId, uniqueName } from '../model/defaults.js';
import type { Connection, Design } from '../model/design.js';
import type { Part } from '../model/parts.js';
import { canNest } from '../model/structure.js';
import { absolutePosition, partMap, withDescendants, type Point } from './geometry.js';

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
    const part = { ...cloneJson(src), id, name: uniqueName(current, src.kind, src.name), position } as Part;
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
  current = { ...current, parts };
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

/** Designs are plain JSON, so a JSON round trip is a faithful deep copy (and needs no DOM or Node API). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
