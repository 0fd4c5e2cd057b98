/**
 * Auto-layout with ELK (layered, hierarchy-aware): the design's containment becomes ELK's nested graph,
 * connections its edges; the result becomes parent-relative positions and container sizes.
 *
 * Layered layout puts every unconnected part in the first layer, so a VPC's subnets (never connected)
 * would stack in one tall column. Instead, the unconnected leaf parts of a container become one block
 * that ELK places like a part: a grid, subnets with one column per Availability Zone and public above
 * private, like the usual AWS diagram; other loose parts in a near-square grid.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Design } from '../../shared/model/design.js';
import type { Part } from '../../shared/model/parts.js';
import { CONTAINER_HEADER, DEFAULT_SIZES, isContainer } from '../../shared/editor/geometry.js';
import type { Point, Size } from '../../shared/editor/geometry.js';

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.aspectRatio': '1.6',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.componentComponent': '60',
};
const CONTAINER_OPTIONS = {
  'elk.padding': `[top=${CONTAINER_HEADER + 16},left=24,bottom=24,right=24]`,
  'elk.spacing.nodeNode': '30',
};
const GRID_GAP = 24;
const GRID_PREFIX = '__grid:';

interface Grid {
  id: string;
  width: number;
  height: number;
  /** Offsets of each part inside the block. */
  cells: { id: string; at: Point }[];
}

function sizeFor(p: Part): Size {
  return isContainer(p.kind) ? DEFAULT_SIZES[p.kind] : (p.size ?? DEFAULT_SIZES[p.kind]);
}

/** Rows and columns of the loose parts: subnets by access and AZ, the rest in reading order. */
function arrange(parts: readonly Part[]): { part: Part; col: number }[][] {
  if (parts.every((p) => p.kind === 'subnet')) {
    const azs = [...new Set(parts.map((p) => (p.kind === 'subnet' ? p.props.availabilityZone : '')))].sort();
    const rows: { part: Part; col: number }[][] = [];
    for (const access of ['public', 'private'] as const) {
      const of = parts.filter((p) => p.kind === 'subnet' && p.props.access === access);
      // Several subnets in one AZ and access take further rows.
      while (of.length > 0) {
        const row: { part: Part; col: number }[] = [];
        azs.forEach((az, col) => {
          const i = of.findIndex((p) => p.kind === 'subnet' && p.props.availabilityZone === az);
          // A column stays its AZ's even when a row has no subnet there.
          if (i >= 0) row.push({ part: of.splice(i, 1)[0]!, col });
        });
        rows.push(row);
      }
    }
    return rows;
  }
  const perRow = Math.ceil(Math.sqrt(parts.length));
  const rows: { part: Part; col: number }[][] = [];
  for (let i = 0; i < parts.length; i += perRow) rows.push(parts.slice(i, i + perRow).map((part, col) => ({ part, col })));
  return rows;
}

function buildGrid(parentId: string, parts: readonly Part[]): Grid {
  const rows = arrange(parts);
  const colWidth = Math.max(...parts.map((p) => sizeFor(p).width));
  const cells: Grid['cells'] = [];
  let y = 0;
  let width = 0;
  for (const row of rows) {
    const rowHeight = Math.max(...row.map((c) => sizeFor(c.part).height));
    for (const { part, col } of row) cells.push({ id: part.id, at: { x: col * (colWidth + GRID_GAP), y } });
    width = Math.max(width, ...row.map((c) => (c.col + 1) * (colWidth + GRID_GAP) - GRID_GAP));
    y += rowHeight + GRID_GAP;
  }
  return { id: `${GRID_PREFIX}${parentId}`, width, height: y - GRID_GAP, cells };
}

/** The loose-part blocks of a design, by the block's ELK id. */
export function looseGrids(design: Design): Map<string, Grid> {
  const connected = new Set(design.connections.flatMap((c) => [c.from, c.to]));
  const hasChildren = new Set(design.parts.flatMap((p) => (p.parentId !== undefined ? [p.parentId] : [])));
  const byParent = new Map<string, Part[]>();
  for (const p of design.parts) {
    if (connected.has(p.id) || hasChildren.has(p.id)) continue;
    const key = p.parentId ?? '';
    byParent.set(key, [...(byParent.get(key) ?? []), p]);
  }
  const out = new Map<string, Grid>();
  for (const [parentId, parts] of byParent) {
    // At the top level ELK's own component packing already spreads unconnected parts.
    if (parentId === '' || parts.length < 2) continue;
    const grid = buildGrid(parentId, parts);
    out.set(grid.id, grid);
  }
  return out;
}

export function toElkGraph(design: Design): ElkNode {
  const grids = looseGrids(design);
  const inGrid = new Set([...grids.values()].flatMap((g) => g.cells.map((c) => c.id)));
  const nodes = new Map<string, ElkNode>();
  for (const p of design.parts) {
    if (inGrid.has(p.id)) continue;
    const size = sizeFor(p);
    nodes.set(p.id, {
      id: p.id,
      width: size.width,
      height: size.height,
      children: [],
      ...(isContainer(p.kind) ? { layoutOptions: CONTAINER_OPTIONS } : {}),
    });
  }
  const root: ElkNode = { id: '__root', layoutOptions: ROOT_OPTIONS, children: [], edges: [] };
  for (const p of design.parts) {
    if (inGrid.has(p.id)) continue;
    const parent = p.parentId !== undefined ? nodes.get(p.parentId) : undefined;
    (parent ?? root).children!.push(nodes.get(p.id)!);
  }
  for (const g of grids.values()) {
    nodes.get(g.id.slice(GRID_PREFIX.length))!.children!.push({ id: g.id, width: g.width, height: g.height });
  }
  // A container that ends up empty keeps its drawn size; one with children is sized by ELK.
  for (const n of nodes.values()) {
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
  const grids = looseGrids(design);
  const out: LayoutResult = { positions: [], sizes: [] };
  const visit = (n: ElkNode) => {
    for (const child of n.children ?? []) {
      const at = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
      const grid = grids.get(child.id);
      if (grid) {
        for (const c of grid.cells) out.positions.push({ id: c.id, position: { x: at.x + c.at.x, y: at.y + c.at.y } });
        continue;
      }
      out.positions.push({ id: child.id, position: at });
      if (containers.has(child.id) && child.width && child.height) {
        out.sizes.push({ id: child.id, size: { width: Math.round(child.width), height: Math.round(child.height) } });
      }
      visit(child);
    }
  };
  visit(laid);
  return out;
}
