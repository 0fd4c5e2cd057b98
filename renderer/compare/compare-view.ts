/**
 * How a comparison is drawn on the canvas (pure, tested in Node): parts of the open design that were added are
 * marked green and changed ones amber; parts only the other design has are drawn as red ghosts, taken from
 * that design, at the place they had there, and can be neither selected, moved nor connected.
 */
import type { DesignComparison, PartChange } from '../../shared/diff/index.js';
import type { Design } from '../../shared/model/design.js';
import type { Part } from '../../shared/model/parts.js';
import { absolutePosition, depthOf, isContainer, partMap, sizeOf } from '../../shared/editor/geometry.js';
import { handlesFor } from '../flow/handles.js';
import type { PartNode } from '../flow/to-flow.js';

export type CompareStatus = 'added' | 'changed';

/** Prefix of a ghost node's id, so it never clashes with a part of the open design. */
export const GHOST_PREFIX = 'compare-ghost:';

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

/** What changed in a part of the open design, or undefined when it is not a changed part. */
export function changeOf(c: DesignComparison, partId: string): PartChange | undefined {
  return c.parts.changed.find((p) => p.after.id === partId);
}

/** A property value as a reviewer reads it: strings bare, the rest as JSON, a missing side as undefined. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
