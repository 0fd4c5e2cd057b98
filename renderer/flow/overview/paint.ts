/**
 * Draws an overview scene (scene.ts) on a 2D canvas, in the look of the compact parts React Flow draws
 * for small designs (renderer/styles/flow.css, "Zoomed far out"): coloured cards, containers as thick
 * outlines, problems as a red/amber frame, the selection as an accent frame, connections as React Flow's
 * smooth-step lines. Sizes are in flow units and scale with the zoom, as the DOM parts do.
 */
import type { Rect } from '../../../shared/editor/geometry.js';
import { DASHED_KINDS, KIND_COLORS } from '../kind-colors.js';
import type { Scene, SceneBox, SceneEdge } from './scene.js';
import { CONNECTION_LOOKS } from '../../../shared/model/connection-kinds.js';

/** The view: React Flow's transform (screen = flow * zoom + translate), in CSS pixels. */
export interface View {
  x: number;
  y: number;
  zoom: number;
}

export interface Colors {
  card: string;
  accent: string;
  error: string;
  warning: string;
  edge: string;
  edgeSelected: string;
  highlight: string;
}

/** The theme's colours, read from CSS variables on `el` (light/dark follow the OS). */
export function readColors(el: Element): Colors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    card: v('--card', '#ffffff'),
    accent: v('--accent', '#0972d3'),
    error: v('--error', '#d91515'),
    warning: v('--warning', '#b07b00'),
    edge: v('--xy-edge-stroke', '#7d8998'),
    edgeSelected: v('--xy-edge-stroke-selected', v('--accent', '#0972d3')),
    highlight: v('--finding-highlight', v('--accent', '#0972d3')),
  };
}

const GROUP_BORDER = 6;
const FRAME = 10;
const RADIUS = 8;

/** What the view shows, in flow coordinates. */
export function visibleRect(view: View, width: number, height: number): Rect {
  return { x: -view.x / view.zoom, y: -view.y / view.zoom, width: width / view.zoom, height: height / view.zoom };
}

/**
 * Which parts to paint: all, `only` these (and the connections touching them), or all `except` these (and
 * the connections touching them). A drag paints the still parts once and only the moving ones per frame.
 */
export interface PaintSubset {
  only?: ReadonlySet<string>;
  except?: ReadonlySet<string>;
  /** Paint over what is on the canvas instead of clearing it first. */
  over?: boolean;
}

/**
 * Paints the scene onto `ctx` for a canvas of `width` x `height` CSS pixels at `dpr` device pixels per
 * CSS pixel. Returns how many parts were drawn (boxes overlapping the view).
 */
export function paintScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  view: View,
  width: number,
  height: number,
  dpr: number,
  colors: Colors,
  subset: PaintSubset = {},
): number {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (!subset.over) ctx.clearRect(0, 0, width * dpr, height * dpr);
  const { only, except } = subset;
  const wanted = (id: string) => (only ? only.has(id) : !except?.has(id));
  const wantedEdge = (from: string, to: string) =>
    only ? only.has(from) || only.has(to) : !(except && (except.has(from) || except.has(to)));
  ctx.setTransform(dpr * view.zoom, 0, 0, dpr * view.zoom, dpr * view.x, dpr * view.y);
  const seen = visibleRect(view, width, height);
  // Frames reach FRAME * 2 outside a box (selection ring around a problem frame).
  const margin = FRAME * 2;
  const inView = (b: SceneBox) =>
    wanted(b.id) &&
    b.x - margin < seen.x + seen.width &&
    b.x + b.width + margin > seen.x &&
    b.y - margin < seen.y + seen.height &&
    b.y + b.height + margin > seen.y;
  // Lines stay at least one device pixel wide however far out the view is.
  const hairline = 1 / (dpr * view.zoom);
  // Corners under two device pixels are not worth rounding, and plain rectangles draw faster.
  const radius = RADIUS * dpr * view.zoom >= 2 ? RADIUS : 0;
  const shape = (path: CanvasPath, x: number, y: number, w: number, h: number, r: number) => {
    if (r > 0) path.roundRect(x, y, w, h, r);
    else path.rect(x, y, w, h);
  };
  const containers = scene.containers.filter(inView);
  const cards = scene.cards.filter(inView);

  // Drawn in batches of one colour (a path per colour, filled or stroked once): a thousand separate
  // fills cost more than the shapes. Siblings never overlap, so batching keeps what is on top.
  for (const b of containers) frames(ctx, b, colors, radius);
  ctx.globalAlpha = 0.05;
  for (const [color, boxes] of byKey(containers, (b) => KIND_COLORS[b.kind])) {
    ctx.beginPath();
    for (const b of boxes) shape(ctx, b.x, b.y, b.width, b.height, radius);
    ctx.fillStyle = color;
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  const w = Math.max(GROUP_BORDER, hairline);
  ctx.lineWidth = w;
  const strokeKey = (b: SceneBox) =>
    `${b.problem === 'error' ? colors.error : KIND_COLORS[b.kind]}|${DASHED_KINDS.has(b.kind) ? 'dashed' : ''}`;
  for (const [key, boxes] of byKey(containers, strokeKey)) {
    const [color, dashed] = key.split('|');
    ctx.beginPath();
    for (const b of boxes) shape(ctx, b.x + w / 2, b.y + w / 2, b.width - w, b.height - w, Math.max(radius - w / 2, 0));
    ctx.setLineDash(dashed ? [w * 2, w * 1.5] : []);
    ctx.strokeStyle = color!;
    ctx.stroke();
  }
  ctx.setLineDash([]);

  ctx.lineWidth = Math.max(2, hairline);
  // One path per colour: each kind in its colour (as on the canvas), the selected ones on top in the accent.
  const edgeColor = (e: SceneEdge) => (e.selected ? colors.edgeSelected : e.kind ? CONNECTION_LOOKS[e.kind].color : colors.edge);
  const shownEdges = scene.edges.filter((e) => wantedEdge(e.from, e.to));
  for (const selected of [false, true]) {
    for (const [color, group] of byKey(
      shownEdges.filter((e) => e.selected === selected),
      edgeColor,
    )) {
      const edges = new Path2D();
      for (const e of group) edges.addPath(pathOf(e.path));
      ctx.strokeStyle = color;
      ctx.stroke(edges);
    }
  }

  for (const b of cards) frames(ctx, b, colors, radius);
  for (const [color, boxes] of byKey(cards, (b) => mix(KIND_COLORS[b.kind], colors.card, 0.45))) {
    ctx.beginPath();
    for (const b of boxes) shape(ctx, b.x, b.y, b.width, b.height, radius);
    ctx.fillStyle = color;
    ctx.fill();
  }
  return containers.length + cards.length;
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The problem frame and selection ring outside a box, as the compact CSS draws them. */
function frames(ctx: CanvasRenderingContext2D, b: SceneBox, colors: Colors, radius: number): void {
  const ring = (outset: number, color: string) => {
    ctx.beginPath();
    ctx.roundRect(b.x - outset, b.y - outset, b.width + outset * 2, b.height + outset * 2, radius > 0 ? radius + outset : 0);
    ctx.fillStyle = color;
    ctx.fill();
  };
  const problem = b.problem === 'error' ? colors.error : b.problem === 'warning' ? colors.warning : undefined;
  if (b.selected && problem) ring(FRAME * 2, colors.accent);
  if (problem) ring(FRAME, problem);
  else if (b.selected) ring(FRAME, colors.accent);
  if (b.highlighted) {
    // The finding's other parts: a dashed line around the box, as the canvas's outline (problems.css).
    ctx.save();
    ctx.setLineDash([FRAME, FRAME * 0.6]);
    ctx.lineWidth = FRAME * 0.6;
    ctx.strokeStyle = colors.highlight;
    ctx.beginPath();
    const outset = FRAME * 2.5;
    ctx.roundRect(b.x - outset, b.y - outset, b.width + outset * 2, b.height + outset * 2, radius > 0 ? radius + outset : 0);
    ctx.stroke();
    ctx.restore();
  }
}

const paths = new Map<string, Path2D>();

/** How far from a connection's line a click still picks it, in CSS pixels (React Flow's interactionWidth / 2). */
const EDGE_PICK_PX = 10;

/**
 * The connection drawn on top at canvas point `p` (CSS pixels from the canvas's corner), if one passes
 * within EDGE_PICK_PX of it. Uses `ctx` only to measure; nothing is drawn.
 */
export function edgeAt(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  view: View,
  dpr: number,
  p: { x: number; y: number },
): string | undefined {
  ctx.save();
  ctx.setTransform(dpr * view.zoom, 0, 0, dpr * view.zoom, dpr * view.x, dpr * view.y);
  ctx.lineWidth = (EDGE_PICK_PX * 2) / view.zoom;
  try {
    for (let i = scene.edges.length - 1; i >= 0; i--) {
      const e = scene.edges[i]!;
      if (ctx.isPointInStroke(pathOf(e.path), p.x * dpr, p.y * dpr)) return e.id;
    }
    return undefined;
  } finally {
    ctx.restore();
  }
}

/** A Path2D per SVG path string, kept while in use (the scene keeps a path string while its ends stay put). */
function pathOf(d: string): Path2D {
  let p = paths.get(d);
  if (!p) {
    if (paths.size > 20_000) paths.clear();
    p = new Path2D(d);
    paths.set(d, p);
  }
  return p;
}

const mixed = new Map<string, string>();

/** `a` mixed with `b` (`share` of a), like CSS color-mix in sRGB; colours the canvas cannot parse pass `a` through. */
function mix(a: string, b: string, share: number): string {
  const key = `${a}|${b}|${share}`;
  const hit = mixed.get(key);
  if (hit) return hit;
  const ca = rgb(a);
  const cb = rgb(b);
  const out = ca && cb ? `rgb(${[0, 1, 2].map((i) => Math.round(ca[i]! * share + cb[i]! * (1 - share))).join(', ')})` : a;
  mixed.set(key, out);
  return out;
}

function rgb(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim());
  return fn ? [Number(fn[1]), Number(fn[2]), Number(fn[3])] : undefined;
}
