/**
 * The pure selector from the design to React Flow nodes (edges: edges/to-edges.ts). Nodes are cached per part: a node
 * object is reused while its part, selection and problem marker are unchanged, so dragging one part of
 * a thousand re-renders one node.
 */
import type { Node } from '@xyflow/react';
import type { Design } from '../../shared/model/design.js';
import type { Part, PartKind } from '../../shared/model/parts.js';
import type { Diagnostic, Severity } from '../../shared/rules/types.js';
import { handlesFor } from './handles.js';
import { depthOf, isContainer, partMap, sizeOf } from '../../shared/editor/geometry.js';

export interface PartNodeData extends Record<string, unknown> {
  part: Part;
  /** Worst severity among the diagnostics that name this part. */
  problem: Severity | undefined;
  /** Its problems in words ("2 errors, 1 warning"), for the marker's tooltip and screen readers. */
  problemText?: string | undefined;
}

/** What a part is called for people, in the current language (see part-labels.ts). */
export interface PartLabels {
  kind: Readonly<Record<PartKind, string>>;
  /** "2 errors, 1 warning" per part that has errors or warnings. */
  problems: ReadonlyMap<string, string>;
  /** The accessible name of a part: kind, name and, when given, its problems. */
  describe(kind: string, name: string, problems: string | undefined): string;
}
export type PartNode = Node<PartNodeData, 'part'>;

/** Above the edges (EDGE_Z_INDEX), below every card (100+). */
const CONTAINER_Z_INDEX = 60;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Worst error/warning per part; info does not mark a part. */
export function problemsByPart(diagnostics: readonly Diagnostic[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    for (const id of d.partIds) {
      const cur = out.get(id);
      if (!cur || RANK[d.severity] > RANK[cur]) out.set(id, d.severity);
    }
  }
  return out;
}

interface Cached {
  part: Part;
  selected: boolean;
  problem: Severity | undefined;
  highlighted: boolean;
  label: string | undefined;
  problemText: string | undefined;
  depth: number;
  node: PartNode;
}

const NO_IDS: ReadonlySet<string> = new Set();

export class FlowSelector {
  private cache = new Map<string, Cached>();
  private lastNodes: PartNode[] = [];

  /** `highlighted`: parts outlined as the other parts of a finding; `labels`: accessible names, when known. */
  nodes(
    design: Design,
    selection: readonly string[],
    problems: ReadonlyMap<string, Severity>,
    highlighted: ReadonlySet<string> = NO_IDS,
    labels?: PartLabels,
  ): PartNode[] {
    const selected = new Set(selection);
    // A drag frame changes positions only: with every part under the same parent as before, depths and
    // the parents-first order are unchanged and need not be worked out again for a thousand parts.
    const sameTree =
      design.parts.length === this.cache.size &&
      design.parts.every((p) => {
        const old = this.cache.get(p.id);
        return old !== undefined && old.part.parentId === p.parentId;
      });
    const byId = sameTree ? undefined : partMap(design);
    const next = new Map<string, Cached>();
    const entries: Cached[] = [];
    let changed = design.parts.length !== this.lastNodes.length;
    for (const part of design.parts) {
      const isSel = selected.has(part.id);
      const problem = problems.get(part.id);
      const isHighlighted = highlighted.has(part.id);
      const problemText = labels?.problems.get(part.id);
      const label = labels?.describe(labels.kind[part.kind], part.name, problemText);
      const old = this.cache.get(part.id);
      const depth = byId ? depthOf(byId, part) : old!.depth;
      let entry: Cached;
      if (
        old &&
        old.part === part &&
        old.selected === isSel &&
        old.problem === problem &&
        old.depth === depth &&
        old.highlighted === isHighlighted &&
        old.label === label &&
        old.problemText === problemText
      ) {
        entry = old;
      } else {
        const look = { selected: isSel, problem, highlighted: isHighlighted, label, problemText };
        entry = { part, ...look, depth, node: toNode(part, look, depth) };
        changed = true;
      }
      next.set(part.id, entry);
      entries.push(entry);
    }
    this.cache = next;
    if (!changed) return this.lastNodes;
    // React Flow needs parents before children; a stable sort by depth keeps document order otherwise.
    this.lastNodes = sameTree
      ? this.lastNodes.map((n) => next.get(n.id)!.node)
      : entries.sort((a, b) => a.depth - b.depth).map((e) => e.node);
    return this.lastNodes;
  }
}

interface NodeLook {
  selected: boolean;
  problem: Severity | undefined;
  highlighted: boolean;
  label: string | undefined;
  problemText: string | undefined;
}

function toNode(part: Part, look: NodeLook, depth: number): PartNode {
  const { width, height } = sizeOf(part);
  const container = isContainer(part.kind);
  const { selected, problem, highlighted, label, problemText } = look;
  return {
    id: part.id,
    type: 'part',
    position: part.position,
    ...(part.parentId !== undefined ? { parentId: part.parentId } : {}),
    data: { part, problem, problemText },
    ...(label !== undefined ? { ariaLabel: label } : {}),
    width,
    height,
    measured: { width, height },
    handles: handlesFor(part.kind, width, height),
    selected,
    // Containers sit under their children, deeper containers over shallower ones, and all of them over
    // the edges (z 50, edges/to-edges.ts): their title bars hide and take clicks from the lines under them.
    zIndex: container ? CONTAINER_Z_INDEX + depth : 100 + depth,
    className: `${container ? 'part-group' : 'part-card'}${highlighted ? ' highlighted' : ''}`,
  };
}
