/**
 * How a comparison is drawn on the canvas (pure, tested in Node): parts of the open design that were added are
 * marked green and changed ones amber; parts only the other design has are drawn as red ghosts, taken from
 * that design, at the place they had there, and can be neither selected, moved nor connected.
 */
import { matchParts, type DesignComparison, type PartChange } from '../../shared/diff/index.js';
import type { Connection, Design } from '../../shared/model/design.js';
import type { Part } from '../../shared/model/parts.js';
import { absolutePosition, depthOf, isContainer, partMap, sizeOf } from '../../shared/editor/geometry.js';
import { handlesFor } from '../flow/handles.js';
import type { PartNode } from '../flow/to-flow.js';
import { toEdges, type ConnectionEdge, type EdgeEnd } from '../flow/edges/to-edges.js';
import { COMPARE_PALETTE } from '../export/palette.js';

export type CompareStatus = 'added' | 'changed';

/** Prefix of a ghost node's id, so it never clashes with a part of the open design. */
export const GHOST_PREFIX = 'compare-ghost:';

/** A connection only the open design has (drawn green) or only the other one had (a dashed red ghost line). */
export type ConnectionStatus = 'added' | 'removed';

/** Added and changed parts of the open design (the comparison's second design), by id. */
export function compareStatuses(c: DesignComparison): Map<string, CompareStatus> {
  const out = new Map<string, CompareStatus>();
  for (const p of c.parts.added) out.set(p.id, 'added');
  for (const p of c.parts.changed) out.set(p.after.id, 'changed');
  return out;
}

const marked = new WeakMap<PartNode, { status: CompareStatus; node: PartNode }>();

/** The canvas's nodes with the compare classes added; a node keeps its identity while its look is unchanged. */
export function markNodes(nodes: readonly PartNode[], statuses: ReadonlyMap<string, CompareStatus>): PartNode[] {
  return nodes.map((node) => {
    const status = statuses.get(node.id);
    if (!status) return node;
    const cached = marked.get(node);
    if (cached && cached.status === status) return cached.node;
    const out = { ...node, className: `${node.className ?? ''} compare-${status}` };
    marked.set(node, { status, node: out });
    return out;
  });
}

/**
 * The removed parts, drawn from `before` where they were in it (absolute position: their container may be gone
 * in the open design). Containers are drawn under cards, as on the canvas.
 */
export function ghostNodes(before: Design, c: DesignComparison): PartNode[] {
  const byId = partMap(before);
  const nodes: PartNode[] = [];
  for (const ref of c.parts.removed) {
    const part = byId.get(ref.id);
    if (!part) continue;
    const { width, height } = sizeOf(part);
    const container = isContainer(part.kind);
    const position = absolutePosition(byId, part);
    const { parentId: _parent, ...rest } = part;
    nodes.push({
      id: `${GHOST_PREFIX}${part.id}`,
      type: 'part',
      position,
      data: { part: { ...rest, position } as Part, problem: undefined },
      width,
      height,
      measured: { width, height },
      handles: handlesFor(part.kind, width, height),
      selectable: false,
      draggable: false,
      connectable: false,
      deletable: false,
      focusable: false,
      zIndex: (container ? 60 : 100) + depthOf(byId, part),
      className: `${container ? 'part-group' : 'part-card'} compare-removed`,
    });
  }
  return nodes;
}

/** The open design's added connections, by id. */
export function addedConnectionIds(c: DesignComparison): Set<string> {
  return new Set(c.connections.added.map((a) => a.id));
}

/**
 * The removed connections of `before` as connections of the compare view: an end that is still in the open design
 * under its matched id, a removed end as its ghost (`ghostId`). Ids are prefixed so they never clash with the open
 * design's connections (an import numbers its connections afresh).
 */
export function removedConnections(
  before: Design,
  after: Design,
  c: DesignComparison,
  ghostId: (beforeId: string) => string,
): Connection[] {
  if (c.connections.removed.length === 0) return [];
  const { afterIdOf } = matchParts(before.parts, after.parts);
  const removed = new Set(c.parts.removed.map((p) => p.id));
  const end = (id: string) => afterIdOf.get(id) ?? (removed.has(id) ? ghostId(id) : undefined);
  return c.connections.removed.flatMap((r) => {
    const from = end(r.from.id);
    const to = end(r.to.id);
    return from && to ? [{ id: `${GHOST_PREFIX}${r.id}`, from, to, label: r.label }] : [];
  });
}

/** The removed connections as the canvas's edges, between the open design's parts and the ghost nodes. */
export function ghostEdges(before: Design, after: Design, c: DesignComparison): ConnectionEdge[] {
  const connections = removedConnections(before, after, c, (id) => `${GHOST_PREFIX}${id}`);
  if (connections.length === 0) return [];
  const ends = new Map<string, EdgeEnd>(after.parts.map((p) => [p.id, { kind: p.kind, name: p.name }]));
  for (const r of c.parts.removed) ends.set(`${GHOST_PREFIX}${r.id}`, { kind: r.kind, name: r.name });
  // Not focusable, so not named for screen readers: the compare panel lists the removed connections.
  return toEdges(connections, [], ends, () => '').map(({ ariaLabel: _label, ...edge }) => edge);
}

/**
 * The canvas's edges with the compare marks: added connections green, and the removed connections of the other
 * design as faded, dashed red ghost edges between the open design's parts and the ghosts, which can be neither
 * selected nor focused. `ghostEdges` are the removed connections already made into edges (to-edges.ts).
 */
export function markEdges(
  edges: readonly ConnectionEdge[],
  added: ReadonlySet<string>,
  ghostEdges: readonly ConnectionEdge[],
): ConnectionEdge[] {
  const marked = edges.map((e) => (added.has(e.id) ? withStatus(e, 'added') : e));
  return [
    ...marked,
    ...ghostEdges.map((e) => ({
      ...withStatus(e, 'removed'),
      selectable: false,
      focusable: false,
      deletable: false,
      selected: false,
    })),
  ];
}

function withStatus(edge: ConnectionEdge, status: ConnectionStatus): ConnectionEdge {
  const marker = typeof edge.markerEnd === 'object' ? { ...edge.markerEnd, color: COMPARE_PALETTE[status] } : edge.markerEnd;
  return {
    ...edge,
    ...(marker ? { markerEnd: marker } : {}),
    data: { ...edge.data!, compare: status },
    className: `${edge.className ?? ''} compare-${status}`,
  };
}

/** What changed in a part of the open design, or undefined when it is not a changed part. */
export function changeOf(c: DesignComparison, partId: string): PartChange | undefined {
  return c.parts.changed.find((p) => p.after.id === partId);
}

/** A property value as a reviewer reads it: strings bare, the rest as JSON, a missing side as undefined. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
