/**
 * Auto-layout with ELK (layered, hierarchy-aware): the design's containment becomes ELK's nested graph,
 * connections its edges; the result becomes parent-relative positions and container sizes.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Design } from '../../shared/model/design.js';
import { CONTAINER_HEADER, DEFAULT_SIZES, isContainer } from '../../shared/editor/geometry.js';
import type { Point, Size } from '../../shared/editor/geometry.js';

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.componentComponent': '60',
};
const CONTAINER_OPTIONS = {
  'elk.padding': `[top=${CONTAINER_HEADER + 16},left=24,bottom=24,right=24]`,
  'elk.spacing.nodeNode': '30',
};

export function toElkGraph(design: Design): ElkNode {
  const nodes = new Map<string, ElkNode>();
  for (const p of design.parts) {
    const container = isContainer(p.kind);
    const size = container ? DEFAULT_SIZES[p.kind] : (p.size ?? DEFAULT_SIZES[p.kind]);
    nodes.set(p.id, {
      id: p.id,
      width: size.width,
      height: size.height,
      children: [],
      ...(container ? { layoutOptions: CONTAINER_OPTIONS } : {}),
    });
  }
  const root: ElkNode = { id: '__root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  for (const p of design.parts) {
    const parent = p.parentId !== undefined ? nodes.get(p.parentId) : undefined;
    (parent ?? root).children!.push(nodes.get(p.id)!);
  }
  // A container that ends up empty keeps its drawn size; one with children is sized by ELK.
  for (const p of design.parts) {
    const n = nodes.get(p.id)!;
    if (n.children!.length > 0) {
      delete n.width;
      delete n.height;
    }
  }
  root.edges = design.connections.map((c): ElkExtendedEdge => ({ id: c.id, sources: [c.from], targets: [c.to] }));
  return root;
}

export interface LayoutResult {
  positions: { id: string; position: Point }[];
  sizes: { id: string; size: Size }[];
}

export function fromElkGraph(design: Design, laid: ElkNode): LayoutResult {
  const containers = new Set(design.parts.filter((p) => isContainer(p.kind)).map((p) => p.id));
  const out: LayoutResult = { positions: [], sizes: [] };
  const visit = (n: ElkNode) => {
    for (const child of n.children ?? []) {
      out.positions.push({ id: child.id, position: { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) } });
      if (containers.has(child.id) && child.width && child.height) {
        out.sizes.push({ id: child.id, size: { width: Math.round(child.width), height: Math.round(child.height) } });
      }
      visit(child);
    }
  };
  visit(laid);
  return out;
}
