/**
 * The overview of a big design, as plain data: what the overview canvas (paint.ts) draws and what a
 * pointer on it hits. Above DRAW_IN_VIEW_ONLY_ABOVE parts (Canvas.tsx) and zoomed out past the detail threshold, the canvas
 * draws the design on one <canvas> instead of a thousand React Flow nodes (see OverviewLayer.tsx).
 *
 * Boxes are in React Flow's paint order, so the drawing matches what React Flow shows when zoomed in:
 * containers (z = depth) under connections (z = 50) under cards (z = 100 + depth), ties in parents-first
 * document order, as renderer/flow/to-flow.ts gives them to React Flow.
 */
import { connectionKind, type ConnectionKind } from '../../../shared/model/connection-kinds.js';
import type { Design } from '../../../shared/model/design.js';
import type { Part, PartKind } from '../../../shared/model/parts.js';
import type { Severity } from '../../../shared/rules/types.js';
import { containsPoint, isContainer, sizeOf, type Point, type Rect } from '../../../shared/editor/geometry.js';
import { HANDLE_SIZE } from '../handles.js';
import { connectionPath, routedPath } from '../edges/connection-path.js';
import { RouteCache, type ConnectionEnds } from '../edges/route-set.js';
import { routeObstacles } from '../edges/route-obstacles.js';

export interface SceneBox extends Rect {
  id: string;
  name: string;
  kind: PartKind;
  container: boolean;
  depth: number;
  problem: Severity | undefined;
  selected: boolean;
  /** One of the other parts of the finding last shown from the problems panel (dashed, as on the canvas). */
  highlighted: boolean;
}

export interface SceneEdge {
  id: string;
  from: string;
  to: string;
  /**
   * SVG path data in flow coordinates, the same line the canvas draws for the connection (connection-path.ts:
   * routed around cards and title bars in a design small enough, else the plain step).
   */
  path: string;
  /** Where the canvas centres the connection's label on that path (the image export draws it there). */
  labelX: number;
  labelY: number;
  selected: boolean;
  /** Drawn in its kind's colour (connection-kinds.ts); undefined for a connection the model gives no meaning. */
  kind: ConnectionKind | undefined;
}

export interface Scene {
  /** Paint order: first drawn first, last drawn on top. */
  containers: readonly SceneBox[];
  cards: readonly SceneBox[];
  edges: readonly SceneEdge[];
  /** Everything's bounds in flow coordinates (empty design: a zero rect at the origin). */
  bounds: Rect;
}

/** Where a connection leaves and enters, as React Flow places them from the handles in handles.ts. */
const HANDLE_OUTSET = HANDLE_SIZE / 2;

/**
 * What one scene keeps for the next: path strings per connection while neither end moves, and boxes per
 * part while the part, its container's box, its selection and its problem are the same objects/values. A
 * drag frame moves a few parts and would otherwise rebuild everything; kept boxes also let the overview
 * tell the parts a drag left alone from changed ones by identity.
 */
export interface SceneCache {
  paths: Map<string, { key: string; path: string; labelX: number; labelY: number }>;
  /** Routed designs: every route at once, so shared lanes are spread apart as on the canvas. */
  routes: RouteCache;
  boxes: Map<string, { part: Part; parent: SceneBox | undefined; box: SceneBox }>;
}

export function newSceneCache(): SceneCache {
  return { paths: new Map(), boxes: new Map(), routes: new RouteCache() };
}

export function buildScene(
  design: Design,
  selection: readonly string[],
  problems: ReadonlyMap<string, Severity>,
  cache: SceneCache = newSceneCache(),
  highlighted: ReadonlySet<string> = new Set(),
): Scene {
  const selected = new Set(selection);
  const byId = new Map<string, Part>();
  for (const p of design.parts) byId.set(p.id, p);
  const placed = new Map<string, SceneBox>();
  const nextBoxes: SceneCache['boxes'] = new Map();
  const place = (part: Part, guard: number): SceneBox => {
    const known = placed.get(part.id);
    if (known) return known;
    const parent = part.parentId !== undefined && guard < 64 ? byId.get(part.parentId) : undefined;
    const at = parent ? place(parent, guard + 1) : undefined;
    const problem = problems.get(part.id);
    const isSelected = selected.has(part.id);
    const isHighlighted = highlighted.has(part.id);
    const kept = cache.boxes.get(part.id);
    if (
      kept &&
      kept.part === part &&
      kept.parent === at &&
      kept.box.problem === problem &&
      kept.box.selected === isSelected &&
      kept.box.highlighted === isHighlighted
    ) {
      placed.set(part.id, kept.box);
      nextBoxes.set(part.id, kept);
      return kept.box;
    }
    const size = sizeOf(part);
    const box: SceneBox = {
      id: part.id,
      name: part.name,
      kind: part.kind,
      container: isContainer(part.kind),
      depth: at ? at.depth + 1 : 0,
      x: (at?.x ?? 0) + part.position.x,
      y: (at?.y ?? 0) + part.position.y,
      width: size.width,
      height: size.height,
      problem,
      selected: isSelected,
      highlighted: isHighlighted,
    };
    placed.set(part.id, box);
    nextBoxes.set(part.id, { part, parent: at, box });
    return box;
  };
  const boxes = design.parts.map((p) => place(p, 0));
  // Stable sorts: equal depths keep document order, as React Flow's DOM order does.
  const containers = boxes.filter((b) => b.container).sort((a, b) => a.depth - b.depth);
  const cards = boxes.filter((b) => !b.container).sort((a, b) => a.depth - b.depth);

  cache.boxes = nextBoxes;

  // The canvas's obstacles and threshold: null (plain steps) above MAX_ROUTED_PARTS, so the overview of a
  // big design costs nothing more.
  const obstacles = design.connections.length > 0 ? routeObstacles(design) : null;
  const edges: SceneEdge[] = [];
  const nextPaths: SceneCache['paths'] = new Map();
  const ends: (ConnectionEnds & { from: SceneBox; to: SceneBox })[] = [];
  for (const c of design.connections) {
    const from = placed.get(c.from);
    const to = placed.get(c.to);
    if (!from || !to) continue;
    const source = { x: from.x + from.width + HANDLE_OUTSET, y: from.y + from.height / 2 };
    const target = { x: to.x - HANDLE_OUTSET, y: to.y + to.height / 2 };
    ends.push({ id: c.id, source, target, from, to });
  }
  // Routed: all routes at once, shared lanes spread apart (the canvas does the same, route-set.ts).
  const routes = obstacles ? cache.routes.routes(ends, obstacles) : null;
  for (const { id, source, target, from, to } of ends) {
    const points = routes?.get(id);
    const key = points ? points.map((p) => `${p.x},${p.y}`).join(' ') : `${source.x},${source.y},${target.x},${target.y}`;
    let cached = cache.paths.get(id);
    if (cached?.key !== key) {
      const { d, labelX, labelY } = points ? routedPath(points) : connectionPath(source, target, null);
      cached = { key, path: d, labelX, labelY };
    }
    nextPaths.set(id, cached);
    const { path, labelX, labelY } = cached;
    const kind = connectionKind(from.kind, to.kind);
    edges.push({ id, from: from.id, to: to.id, path, labelX, labelY, selected: selected.has(id), kind });
  }
  cache.paths = nextPaths;

  return { containers, cards, edges, bounds: boundsOf(boxes) };
}

function boundsOf(boxes: readonly Rect[]): Rect {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The part drawn on top at `p` (flow coordinates): what a click there would have hit in React Flow. */
export function hitTest(scene: Scene, p: Point): SceneBox | undefined {
  for (let i = scene.cards.length - 1; i >= 0; i--) if (containsPoint(scene.cards[i]!, p)) return scene.cards[i];
  for (let i = scene.containers.length - 1; i >= 0; i--) if (containsPoint(scene.containers[i]!, p)) return scene.containers[i];
  return undefined;
}

/**
 * Whether `next` draws the parts a drag leaves alone exactly as `prev` did: the same box objects (the
 * scene keeps a box while nothing about it changed) and the same connections between them. Anything
 * else changing mid-drag (an undo, a problem found, a selection) means the still picture must be redone.
 */
export function sameStill(prev: Scene, next: Scene, moving: ReadonlySet<string>): boolean {
  const sameBoxes = (a: readonly SceneBox[], b: readonly SceneBox[]) => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(moving.has(a[i]!.id) && moving.has(b[i]!.id))) return false;
    return true;
  };
  if (!sameBoxes(prev.containers, next.containers) || !sameBoxes(prev.cards, next.cards)) return false;
  if (prev.edges.length !== next.edges.length) return false;
  for (let i = 0; i < prev.edges.length; i++) {
    const a = prev.edges[i]!;
    const b = next.edges[i]!;
    if (a.id !== b.id) return false;
    if (moving.has(a.from) || moving.has(a.to)) continue;
    if (a.path !== b.path || a.selected !== b.selected) return false;
  }
  return true;
}
