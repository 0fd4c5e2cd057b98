/**
 * Edits of a design. Each command is a pure function from a design to a new design (the input is never
 * mutated, untouched parts keep their identity so views can memoize per part); a refused edit throws
 * EditError and leaves nothing half done.
 */
import { createPart, nextPartId, uniqueName, type NewPartProps } from '../model/defaults.js';
import type { Connection, Design } from '../model/design.js';
import { PROPS_SCHEMAS, type Part, type PartKind } from '../model/parts.js';
import { canNest } from '../model/structure.js';
import { connectionRefusal } from './connection-check.js';
import { article } from '../errors/localized.js';
import { zodIssueText } from '../model/zod-issue-text.js';
import { valueAtPath } from '../util/value-at-path.js';
import { EditError } from './errors.js';
import {
  absolutePosition,
  CONTAINER_HEADER,
  partMap,
  sizeOf,
  withDescendants,
  type Point,
  type Rect,
  type Size,
} from './geometry.js';
import { layOutAsEksctl } from './eksctl-subnet-layout.js';
import { contextualBaseName, contextualProps } from './new-part-props.js';
import { placeNewPart, SIBLING_GAP, tooClose } from './placement.js';

function find(design: Design, id: string): Part {
  const part = design.parts.find((p) => p.id === id);
  if (!part) throw new EditError('not-found', { id: 'edit.not-found', params: { id } });
  return part;
}

/** Adds a new part of `kind` with default props; `position` is relative to `parentId` when given. */
export function addPart<K extends PartKind>(
  design: Design,
  kind: K,
  init: { parentId?: string; position?: Point; name?: string; props?: NewPartProps<K> } = {},
): { design: Design; id: string } {
  const parent = init.parentId === undefined ? undefined : find(design, init.parentId);
  if (!canNest(kind, parent?.kind)) {
    throw new EditError(
      'cannot-nest',
      parent
        ? {
            id: 'edit.nest-inside',
            params: { article: article(kind), kind, parentArticle: article(parent.kind), parentKind: parent.kind },
          }
        : { id: 'edit.needs-container', params: { article: article(kind), kind } },
    );
  }
  const contextual = contextualProps(design, kind, init.parentId);
  const props = init.props ? { ...contextual, ...init.props } : contextual;
  const base = contextualBaseName(kind, props);
  const name = init.name ?? (base === undefined ? undefined : uniqueName(design, kind, base));
  const part = createPart(design, kind, {
    ...init,
    ...(props ? { props } : {}),
    ...(name !== undefined ? { name } : {}),
  }) as Part;
  const withPart = { ...design, parts: [...design.parts, part] };
  // A subnet of a VPC eksctl creates gets eksctl's CIDR for its zone (and a new zone moves its siblings'), so adding one raises no split warning.
  return { design: kind === 'subnet' ? layOutAsEksctl(withPart, part.id) : withPart, id: part.id };
}

/**
 * Adds a new part in free space inside its parent, near `preferred` (parent-relative) when given, and
 * grows the parent and its ancestors to hold it. What palette drops and add-by-keyboard use.
 */
export function insertPart<K extends PartKind>(
  design: Design,
  kind: K,
  init: { parentId?: string; preferred?: Point; name?: string; props?: NewPartProps<K> } = {},
): { design: Design; id: string } {
  const position = placeNewPart(design, kind, init.parentId, init.preferred);
  const added = addPart(design, kind, {
    position,
    ...(init.parentId !== undefined ? { parentId: init.parentId } : {}),
    ...(init.name !== undefined ? { name: init.name } : {}),
    ...(init.props !== undefined ? { props: init.props } : {}),
  });
  return { design: growToFit(added.design, init.parentId), id: added.id };
}

/** Sets the (parent-relative) positions of parts; unknown ids are refused. */
export function moveParts(design: Design, moves: readonly { id: string; position: Point }[]): Design {
  const byId = new Map(moves.map((m) => [m.id, m.position]));
  for (const id of byId.keys()) find(design, id);
  return {
    ...design,
    parts: design.parts.map((p) => {
      const to = byId.get(p.id);
      return to && (to.x !== p.position.x || to.y !== p.position.y) ? { ...p, position: { x: to.x, y: to.y } } : p;
    }),
  };
}

export function resizePart(design: Design, id: string, size: Size, position?: Point): Design {
  find(design, id);
  if (!(size.width > 0 && size.height > 0 && Number.isFinite(size.width) && Number.isFinite(size.height))) {
    throw new EditError('invalid-props', { id: 'edit.size-positive', params: { id } });
  }
  return {
    ...design,
    parts: design.parts.map((p) => (p.id === id ? { ...p, size: { ...size }, position: position ?? p.position } : p)),
  };
}

/**
 * Moves a part into another container (or to the top level with `undefined`) without moving it on the
 * canvas: its position is recomputed relative to the new parent.
 */
export function reparent(design: Design, id: string, parentId: string | undefined): Design {
  const part = find(design, id);
  if (part.parentId === parentId) return design;
  const parent = parentId === undefined ? undefined : find(design, parentId);
  if (!canNest(part.kind, parent?.kind)) {
    throw new EditError(
      'cannot-nest',
      parent
        ? {
            id: 'edit.move-inside',
            params: { name: part.name, kind: part.kind, parentArticle: article(parent.kind), parentKind: parent.kind },
          }
        : { id: 'edit.move-needs-container', params: { name: part.name, kind: part.kind } },
    );
  }
  if (parentId !== undefined && withDescendants(design, [id]).has(parentId)) {
    throw new EditError('cannot-nest', { id: 'edit.inside-itself', params: { name: part.name } });
  }
  const byId = partMap(design);
  const abs = absolutePosition(byId, part);
  const base = parent ? absolutePosition(byId, parent) : { x: 0, y: 0 };
  const moved = { ...part, position: { x: abs.x - base.x, y: abs.y - base.y } } as Part;
  if (parentId === undefined) delete moved.parentId;
  else moved.parentId = parentId;
  return { ...design, parts: design.parts.map((p) => (p.id === id ? moved : p)) };
}

/** What the inspector may change on a part. Props are replaced whole and checked by the kind's schema. */
export interface PartPatch {
  name?: string;
  note?: string;
  props?: unknown;
}

export function updatePart(design: Design, id: string, patch: PartPatch): Design {
  const part = find(design, id);
  const next = { ...part } as Part;
  if (patch.name !== undefined) {
    if (patch.name.length > 200) throw new EditError('invalid-name', { id: 'edit.name-too-long', params: { id, max: 200 } });
    next.name = patch.name;
  }
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.props !== undefined) {
    const parsed = PROPS_SCHEMAS[part.kind].safeParse(patch.props);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new EditError('invalid-props', {
        id: 'edit.invalid-props',
        params: { id, path: issue.path.join('.') || 'props', detail: zodIssueText(issue, valueAtPath(patch.props, issue.path)) },
      });
    }
    (next as { props: unknown }).props = parsed.data;
  }
  return { ...design, parts: design.parts.map((p) => (p.id === id ? next : p)) };
}

/** Kinds whose props list subnet parts they use. */
function withoutSubnets(part: Part, removed: ReadonlySet<string>): Part {
  const props = part.props as { subnetIds?: string[] };
  if (!Array.isArray(props.subnetIds) || !props.subnetIds.some((s) => removed.has(s))) return part;
  return { ...part, props: { ...props, subnetIds: props.subnetIds.filter((s) => !removed.has(s)) } } as Part;
}

/** Deletes parts with everything inside them, their connections, and references to deleted subnets. */
export function deleteParts(design: Design, ids: Iterable<string>): Design {
  const removed = withDescendants(
    design,
    [...ids].filter((id) => design.parts.some((p) => p.id === id)),
  );
  if (removed.size === 0) return design;
  return {
    ...design,
    parts: design.parts.filter((p) => !removed.has(p.id)).map((p) => withoutSubnets(p, removed)),
    connections: design.connections.filter((c) => !removed.has(c.from) && !removed.has(c.to)),
  };
}

/** Whether `from -> to` would be a meaningful, new connection (the canvas asks this while dragging). */
export function canConnect(design: Design, from: string, to: string): boolean {
  return connectionRefusal(design, from, to) === undefined;
}

function checkConnection(design: Design, from: string, to: string): void {
  const refusal = connectionRefusal(design, from, to);
  if (!refusal) return;
  switch (refusal.code) {
    case 'missing-part':
      throw new EditError('not-found', { id: 'edit.not-found', params: { id: refusal.partId } });
    case 'same-part':
      throw new EditError('cannot-connect', { id: 'edit.connect-itself', params: {} });
    case 'wrong-kinds':
      throw new EditError('cannot-connect', {
        id: 'edit.connect-kinds',
        params: { article: article(refusal.from), from: refusal.from, toArticle: article(refusal.to), to: refusal.to },
      });
    case 'duplicate':
      throw new EditError('duplicate', { id: 'edit.already-connected', params: { from: refusal.fromName, to: refusal.toName } });
  }
}

export function connect(design: Design, from: string, to: string, label = ''): { design: Design; id: string } {
  checkConnection(design, from, to);
  const connection: Connection = { id: nextPartId(design, 'conn'), from, to, label };
  return { design: { ...design, connections: [...design.connections, connection] }, id: connection.id };
}

export function deleteConnections(design: Design, ids: Iterable<string>): Design {
  const gone = new Set(ids);
  const connections = design.connections.filter((c) => !gone.has(c.id));
  return connections.length === design.connections.length ? design : { ...design, connections };
}

/** Longest connection label the design file accepts (shared/model/design.ts). */
export const CONNECTION_LABEL_MAX = 200;

/**
 * Sets a connection's label (trimmed, cut to CONNECTION_LABEL_MAX); the same design when nothing changes
 * or the connection is not there, so an unchanged label adds no undo step.
 */
export function labelConnection(design: Design, id: string, label: string): Design {
  const text = label.trim().slice(0, CONNECTION_LABEL_MAX);
  const current = design.connections.find((c) => c.id === id);
  if (!current || current.label === text) return design;
  return { ...design, connections: design.connections.map((c) => (c.id === id ? { ...c, label: text } : c)) };
}

/** Every part id, for select-all. */
export function selectAll(design: Design): string[] {
  return design.parts.map((p) => p.id);
}

/** Room kept between a container's edge and its children. */
const PAD = 16;

/**
 * Pushes the siblings of `grownId` that its growth (from `before`) brought too close out of the way: right
 * when they were right of its old extent, down otherwise; and so on for the parts those pushes reach.
 * Parts that were already too close before are left where they are.
 */
function makeRoom(design: Design, grownId: string, before: Rect): Design {
  const grown = design.parts.find((p) => p.id === grownId)!;
  const positions = new Map<string, Point>();
  const rectOf = (p: Part): Rect => ({ ...(positions.get(p.id) ?? p.position), ...sizeOf(p) });
  const siblings = design.parts.filter((p) => p.parentId === grown.parentId && p.id !== grownId);
  const queue: { part: Part; before: Rect }[] = [{ part: grown, before }];
  for (let guard = 0; queue.length > 0 && guard < 10_000; guard++) {
    const { part, before: old } = queue.shift()!;
    const now = rectOf(part);
    for (const s of siblings) {
      if (s === part) continue;
      const r = rectOf(s);
      if (!tooClose(now, r) || tooClose(old, r)) continue;
      const to =
        r.x >= old.x + old.width
          ? { x: now.x + now.width + SIBLING_GAP, y: r.y }
          : { x: r.x, y: now.y + now.height + SIBLING_GAP };
      positions.set(s.id, to);
      queue.push({ part: s, before: r });
    }
  }
  if (positions.size === 0) return design;
  return { ...design, parts: design.parts.map((p) => (positions.has(p.id) ? { ...p, position: positions.get(p.id)! } : p)) };
}

/**
 * Grows `containerId` and its ancestors so every child lies inside with some padding (children above or
 * left of the header area are pushed down/right); siblings a grown container would now touch move out of
 * its way. Used after a drop, paste or move into a container.
 */
export function growToFit(design: Design, containerId: string | undefined): Design {
  let current = design;
  for (let id = containerId, guard = 0; id !== undefined && guard < 64; guard++) {
    const parent = current.parts.find((p) => p.id === id);
    if (!parent) break;
    const size = sizeOf(parent);
    let width = size.width;
    let height = size.height;
    const parts = current.parts.map((p) => {
      if (p.parentId !== id) return p;
      const x = Math.max(p.position.x, PAD);
      const y = Math.max(p.position.y, CONTAINER_HEADER);
      const s = sizeOf(p);
      width = Math.max(width, x + s.width + PAD);
      height = Math.max(height, y + s.height + PAD);
      return x === p.position.x && y === p.position.y ? p : { ...p, position: { x, y } };
    });
    const grown = width !== size.width || height !== size.height;
    const moved = parts.some((p, i) => p !== current.parts[i]);
    if (!grown && !moved) break;
    current = {
      ...current,
      parts: grown ? parts.map((p) => (p.id === id ? { ...p, size: { width, height } } : p)) : parts,
    };
    if (grown) current = makeRoom(current, id, { ...parent.position, ...size });
    id = parent.parentId;
  }
  return current;
}
