/**
 * The pure selector from the design's connections to React Flow edges: each edge knows its kind (for
 * its colour, dash and arrowhead) and is named for people by its two parts.
 */
import { MarkerType, type Edge } from '@xyflow/react';
import {
  CONNECTION_LOOKS,
  UNKNOWN_CONNECTION_COLOR,
  connectionKind,
  type ConnectionKind,
} from '../../../shared/model/connection-kinds.js';
import type { Design } from '../../../shared/model/design.js';
import type { Part, PartKind } from '../../../shared/model/parts.js';

export interface ConnectionEdgeData extends Record<string, unknown> {
  kind: ConnectionKind | undefined;
  /** In compare mode: a connection only the open design has, or a ghost of one only the other design had. */
  compare?: 'added' | 'removed';
}
export type ConnectionEdge = Edge<ConnectionEdgeData, 'connection'>;

/** What an edge needs of the parts at its ends. */
export interface EdgeEnd {
  kind: PartKind;
  name: string;
}
export type DescribeEdge = (from: EdgeEnd, to: EdgeEnd, kind: ConnectionKind | undefined) => string;

/**
 * Containers sit at z 60+ and cards at 100+ (to-flow.ts): an edge runs under a container's title bar
 * (which is opaque and takes clicks) and over its see-through body, which lets clicks through to it.
 */
export const EDGE_Z_INDEX = 50;
/** A selected connection is drawn over every part, so the line the user is working on shows whole. */
export const SELECTED_EDGE_Z_INDEX = 1000;

/**
 * The ends of every part, the same map object for as long as no part's kind or name changes, so a drag
 * (which changes positions only) does not rebuild the edges.
 */
export class EdgeEnds {
  private map = new Map<string, EdgeEnd>();

  of(parts: readonly Part[]): ReadonlyMap<string, EdgeEnd> {
    const same =
      parts.length === this.map.size &&
      parts.every((p) => {
        const e = this.map.get(p.id);
        return e !== undefined && e.kind === p.kind && e.name === p.name;
      });
    if (!same) this.map = new Map(parts.map((p) => [p.id, { kind: p.kind, name: p.name }]));
    return this.map;
  }
}

export function toEdges(
  connections: Design['connections'],
  selection: readonly string[],
  ends: ReadonlyMap<string, EdgeEnd>,
  describe: DescribeEdge,
): ConnectionEdge[] {
  const selected = new Set(selection);
  return connections.map((c) => {
    const from = ends.get(c.from);
    const to = ends.get(c.to);
    const kind = from && to ? connectionKind(from.kind, to.kind) : undefined;
    const color = kind ? CONNECTION_LOOKS[kind].color : UNKNOWN_CONNECTION_COLOR;
    return {
      id: c.id,
      source: c.from,
      target: c.to,
      type: 'connection',
      label: c.label || undefined,
      selected: selected.has(c.id),
      data: { kind },
      markerEnd: { type: MarkerType.ArrowClosed, color, width: 10, height: 10 },
      zIndex: selected.has(c.id) ? SELECTED_EDGE_Z_INDEX : EDGE_Z_INDEX,
      className: `connection kind-${kind ?? 'unknown'}`,
      ...(from && to ? { ariaLabel: describe(from, to, kind) } : {}),
    };
  });
}
