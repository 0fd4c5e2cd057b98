/**
 * The diagram as a standalone SVG document, drawn from the design itself rather than from the canvas's
 * DOM: every part whatever the zoom, no selection, no handles, no HTML. Real SVG shapes only (rect,
 * path, circle, text), so vector tools (Inkscape, draw.io) open it as editable shapes. It looks like the
 * canvas in the light theme: containers as outlined areas with a title bar (node groups and Fargate
 * profiles dashed), cards with the kind's icon, name, kind and key facts, connections as the canvas's
 * lines (routed around cards and title bars, see renderer/flow/edges/connection-path.ts) from the source's
 * right side to the target's left side, in their kind's colour and dash (connection-kinds.ts), with an
 * arrowhead and label.
 *
 * Pure: the geometry comes from the overview's scene (absolute boxes in React Flow's paint order, the
 * canvas's connection paths), text widths from the `measure` given (the browser's font metrics in the app).
 */
import { CONNECTION_LOOKS, UNKNOWN_CONNECTION_COLOR, type ConnectionLook } from '../../shared/model/connection-kinds.js';
import type { Design } from '../../shared/model/design.js';
import type { PartKind } from '../../shared/model/parts.js';
import type { Rect } from '../../shared/editor/geometry.js';
import { keyFacts } from '../flow/facts.js';
import { GLYPHS, GLYPH_CORNER, GLYPH_GRID, GLYPH_STROKE, type GlyphShape } from '../flow/glyphs.js';
import { DASHED_KINDS, KIND_COLORS } from '../flow/kind-colors.js';
import { buildScene, type Scene, type SceneBox, type SceneEdge } from '../flow/overview/scene.js';
import { COMPARE_LINE_LOOKS, COMPARE_PALETTE, EXPORT_FONT_FAMILY, EXPORT_PALETTE } from './palette.js';
import { estimateTextWidth, fitText, type MeasureText, type TextStyle } from './text-fit.js';
import { escapeXml } from './xml.js';

export interface DiagramSvgOptions {
  /** The kind names in the user's language, as the cards show them. */
  kindLabels: Readonly<Record<PartKind, string>>;
  /** The language of the card facts, as the cards show them (English when absent). */
  lang?: 'en' | 'ja';
  /** Paint the canvas background behind the diagram (else transparent). */
  background: boolean;
  /** Text for the document's <desc>; the design's description or name when absent. */
  description?: string;
  /** Pixels per diagram unit of the document's width and height (the viewBox stays in diagram units). */
  scale?: number;
  measure?: MeasureText;
  /**
   * Compare mode's marks, by part id: an outline 3 wide, 3 outside the part, green for added, amber for changed,
   * dashed red for removed (whose part, a ghost of the other design, is also drawn faded), as on the canvas.
   */
  compare?: ReadonlyMap<string, CompareMark>;
  /**
   * Compare mode's connections, by connection id: added ones green, removed ones (ghosts of the other design)
   * dashed red and faded, as on the canvas (COMPARE_LINE_LOOKS).
   */
  compareConnections?: ReadonlyMap<string, ConnectionMark>;
}

export type CompareMark = 'added' | 'changed' | 'removed';
export type ConnectionMark = 'added' | 'removed';

export interface DiagramSvg {
  svg: string;
  /** Size of the viewBox: the diagram's bounds plus padding, in diagram units (CSS pixels at 100 %). */
  width: number;
  height: number;
}

/** Space around the diagram's bounds. */
export const EXPORT_PADDING = 40;

const CARD_RADIUS = 8;
const NAME: TextStyle = { size: 13, weight: 600 };
const KIND: TextStyle = { size: 10.5, weight: 400 };
const FACT: TextStyle = { size: 11, weight: 400 };
const HEADER_KIND: TextStyle = { size: 11, weight: 400 };
const LABEL: TextStyle = { size: 11, weight: 400 };

/** A number for an attribute: at most two decimals, no "-0". */
const n = (v: number): string => String(Math.round(v * 100) / 100 || 0);
const attr = (name: string, value: string | number): string =>
  ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`;

/** One line of text with its top-left corner's baseline computed from a line box, as CSS lays it out. */
function text(x: number, lineTop: number, lineHeight: number, style: TextStyle, fill: string, content: string): string {
  if (content === '') return '';
  const baseline = lineTop + lineHeight / 2 + style.size * 0.35;
  const weight = style.weight === 400 ? '' : attr('font-weight', style.weight);
  return `<text${attr('x', x)}${attr('y', baseline)}${attr('font-size', style.size)}${weight}${attr('fill', fill)}>${escapeXml(content)}</text>`;
}

function glyphShape(shape: GlyphShape): string {
  switch (shape.type) {
    case 'path':
      return `<path${attr('d', shape.d)}/>`;
    case 'rect':
      return `<rect${attr('x', shape.x)}${attr('y', shape.y)}${attr('width', shape.width)}${attr('height', shape.height)}${
        shape.rx === undefined ? '' : attr('rx', shape.rx)
      }${shape.dash === undefined ? '' : attr('stroke-dasharray', shape.dash)}/>`;
    case 'circle':
      return `<circle${attr('cx', shape.cx)}${attr('cy', shape.cy)}${attr('r', shape.r)}/>`;
  }
}

/** The kind's icon (icons.tsx draws the same shapes on the canvas) as a `size` square at x, y. */
function icon(kind: PartKind, x: number, y: number, size: number): string {
  const glyph = GLYPHS[kind].map(glyphShape).join('');
  return (
    `<g${attr('transform', `translate(${n(x)} ${n(y)}) scale(${n(size / GLYPH_GRID)})`)}>` +
    `<rect${attr('width', GLYPH_GRID)}${attr('height', GLYPH_GRID)}${attr('rx', GLYPH_CORNER)}${attr('fill', KIND_COLORS[kind])}/>` +
    `<g${attr('fill', 'none')}${attr('stroke', GLYPH_STROKE.color)}${attr('stroke-width', GLYPH_STROKE.width)} stroke-linecap="round" stroke-linejoin="round">${glyph}</g>` +
    `</g>`
  );
}

/** Compare mode's outline around a part (compare.css: 3 wide, offset 3; a removed part's dashed). */
function compareOutline(box: SceneBox, mark: CompareMark): string {
  const out = 3 + 1.5;
  const dash = mark === 'removed' ? attr('stroke-dasharray', '6 4') : '';
  return (
    `<rect data-role="compare-mark"${attr('x', box.x - out)}${attr('y', box.y - out)}${attr('width', box.width + 2 * out)}` +
    `${attr('height', box.height + 2 * out)}${attr('rx', CARD_RADIUS + out)} fill="none"${attr('stroke', COMPARE_PALETTE[mark])} stroke-width="3"${dash}/>`
  );
}

/** The group of one part: found by its id in the file, named by a tooltip-like <title>; compare marks on it. */
function partGroup(box: SceneBox, body: string, ctx: Ctx): string {
  const mark = ctx.compare?.get(box.id);
  const head = `<g${attr('data-part-id', box.id)}${attr('data-kind', box.kind)}`;
  if (!mark) return `${head}><title>${escapeXml(box.name)}</title>${body}</g>`;
  // A ghost is faded and tinted like the canvas's (opacity 0.55, 10 % red over its face).
  const ghost =
    mark === 'removed'
      ? `<g opacity="0.55">${body}<rect${attr('x', box.x)}${attr('y', box.y)}${attr('width', box.width)}${attr('height', box.height)}${attr('rx', CARD_RADIUS)}${attr('fill', COMPARE_PALETTE.removed)} fill-opacity="0.1"/></g>`
      : body;
  return `${head}${attr('data-compare', mark)}><title>${escapeXml(box.name)}</title>${ghost}${compareOutline(box, mark)}</g>`;
}

interface Ctx {
  kindLabels: Readonly<Record<PartKind, string>>;
  measure: MeasureText;
  facts: ReadonlyMap<string, readonly string[]>;
  compare?: ReadonlyMap<string, CompareMark>;
}

/** A container: outlined area tinted with its kind colour and a title bar (icon, name, kind, facts). */
function container(box: SceneBox, ctx: Ctx): string {
  const color = KIND_COLORS[box.kind];
  const border = 2;
  const dash = DASHED_KINDS.has(box.kind) ? attr('stroke-dasharray', '6 4') : '';
  const area =
    `<rect${attr('x', box.x + border / 2)}${attr('y', box.y + border / 2)}${attr('width', box.width - border)}${attr('height', box.height - border)}` +
    `${attr('rx', CARD_RADIUS)}${attr('fill', color)} fill-opacity="0.05"${attr('stroke', color)}${attr('stroke-width', border)}${dash}/>`;
  // The title bar: 34 high inside the border, 8 of padding at the sides, items 6 apart.
  const headerTop = box.y + border;
  const headerHeight = 34;
  const rule = `<path${attr('d', `M${n(box.x + border)} ${n(headerTop + headerHeight - 0.5)}H${n(box.x + box.width - border)}`)}${attr('stroke', color)} stroke-opacity="0.3"/>`;
  const left = box.x + border + 8;
  const contentWidth = Math.max(0, box.width - 2 * border - 16);
  const iconSize = 22;
  let x = left + iconSize + 6;
  let room = left + contentWidth - x;
  const name = fitText(box.name, Math.min(room, contentWidth * 0.6), NAME, ctx.measure);
  let texts = text(x, headerTop, headerHeight, NAME, EXPORT_PALETTE.text, name);
  const advance = (s: string, style: TextStyle) => {
    x += ctx.measure(s, style) + 6;
    room = left + contentWidth - x;
  };
  advance(name, NAME);
  const kind = fitText(ctx.kindLabels[box.kind], room, HEADER_KIND, ctx.measure);
  texts += text(x, headerTop, headerHeight, HEADER_KIND, EXPORT_PALETTE.muted, kind);
  if (kind !== '') advance(kind, HEADER_KIND);
  const facts = fitText((ctx.facts.get(box.id) ?? []).join(' · '), room, HEADER_KIND, ctx.measure);
  texts += text(x, headerTop, headerHeight, HEADER_KIND, EXPORT_PALETTE.muted, facts);
  return partGroup(box, area + rule + icon(box.kind, left, headerTop + (headerHeight - iconSize) / 2, iconSize) + texts, ctx);
}

/** A card: white face, grey outline, a 3-high top edge in the kind colour, icon left, text lines right. */
function card(box: SceneBox, ctx: Ctx): string {
  const { x, y, width: w, height: h } = box;
  const r = CARD_RADIUS;
  const face =
    `<rect${attr('x', x + 0.5)}${attr('y', y + 0.5)}${attr('width', w - 1)}${attr('height', h - 1)}${attr('rx', r - 0.5)}` +
    `${attr('fill', EXPORT_PALETTE.card)}${attr('stroke', EXPORT_PALETTE.border)}/>`;
  // The thick top border of the canvas's card: the outer rounded top edge over an inner edge 3 lower.
  const top =
    `<path${attr('d', `M${n(x)} ${n(y + r)}A${r} ${r} 0 0 1 ${n(x + r)} ${n(y)}H${n(x + w - r)}A${r} ${r} 0 0 1 ${n(x + w)} ${n(y + r)}` + `L${n(x + w - 1)} ${n(y + r)}A${r - 1} ${r - 3} 0 0 0 ${n(x + w - r)} ${n(y + 3)}H${n(x + r)}A${r - 1} ${r - 3} 0 0 0 ${n(x + 1)} ${n(y + r)}Z`)}` +
    `${attr('fill', KIND_COLORS[box.kind])}/>`;
  // Inside: 1 of border and 8 of padding at the sides, 3 + 8 at the top; the icon, 8 apart, the text in
  // lines as tall as the canvas's (CSS line-height normal: 15, 12 and 13 for the name, kind and facts).
  const inner = { x: x + 9, y: y + 11 };
  const textX = inner.x + 28 + 8;
  const room = Math.max(0, x + w - 9 - textX);
  let lineTop = inner.y;
  const line = (style: TextStyle, lineHeight: number, fill: string, content: string) => {
    const out = text(textX, lineTop, lineHeight, style, fill, fitText(content, room, style, ctx.measure));
    lineTop += lineHeight;
    return out;
  };
  let texts = line(NAME, 15, EXPORT_PALETTE.text, box.name);
  texts += line(KIND, 12, EXPORT_PALETTE.muted, ctx.kindLabels[box.kind]);
  for (const fact of ctx.facts.get(box.id) ?? []) texts += line(FACT, 13, EXPORT_PALETTE.text, fact);
  return partGroup(box, face + top + icon(box.kind, inner.x, inner.y, 28) + texts, ctx);
}

/** What the export needs of a connection's look: its colour and dash (and a compare ghost's fading). */
type LineLook = Pick<ConnectionLook, 'color' | 'dash'> & { opacity?: number };
/** A connection the model gives no meaning (a hand-edited file): the canvas's grey, solid. */
const UNKNOWN_LOOK: LineLook = { color: UNKNOWN_CONNECTION_COLOR, dash: '' };

const markerId = (look: LineLook) => `arrow-${look.color.slice(1)}`;

/** An arrowhead per line colour, drawn in the line's colour at the target end. */
function marker(look: LineLook): string {
  return (
    `<marker${attr('id', markerId(look))} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto">` +
    `<path d="M0 0L10 5L0 10z"${attr('fill', look.color)}/></marker>`
  );
}

/** A connection's line with its arrowhead; in compare mode marked `data-compare` (a ghost's group faded). */
function connectionLine(edge: SceneEdge, look: LineLook, mark: ConnectionMark | undefined): string {
  const dash = look.dash === '' ? '' : attr('stroke-dasharray', look.dash);
  const line = `<path${attr('d', edge.path)} fill="none"${attr('stroke', look.color)} stroke-width="2"${dash}${attr('marker-end', `url(#${markerId(look)})`)}/>`;
  const compare = mark ? attr('data-compare', mark) : '';
  const opacity = look.opacity === undefined ? '' : attr('opacity', look.opacity);
  return `<g${attr('data-connection-id', edge.id)}${compare}${opacity}>${line}</g>`;
}

/**
 * A connection's label on a box outlined in its colour. Labels are drawn over every line (as the canvas's
 * label layer is), so a line that shares a stretch of route with a labelled one does not hide its label.
 */
function connectionLabel(edge: SceneEdge, look: LineLook, label: string, ctx: Ctx): string {
  if (label === '') return '';
  const width = ctx.measure(label, LABEL) + 8;
  const height = LABEL.size + 6;
  return (
    `<g${attr('data-connection-id', edge.id)} data-role="label"${look.opacity === undefined ? '' : attr('opacity', look.opacity)}>` +
    `<rect${attr('x', edge.labelX - width / 2)}${attr('y', edge.labelY - height / 2)}${attr('width', width)}${attr('height', height)} rx="3"` +
    `${attr('fill', EXPORT_PALETTE.background)}${attr('stroke', look.color)} stroke-width="0.75"/>` +
    `<text${attr('x', edge.labelX)}${attr('y', edge.labelY + LABEL.size * 0.35)}${attr('font-size', LABEL.size)} text-anchor="middle"${attr('fill', EXPORT_PALETTE.text)}>${escapeXml(label)}</text></g>`
  );
}

/** The numbers of a path's coordinates, in x, y pairs (stepped and routed paths are absolute M/L/Q commands). */
function pathBounds(path: string, into: { minX: number; minY: number; maxX: number; maxY: number }): void {
  const nums = path.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
  for (let i = 0; i + 1 < nums.length; i += 2) {
    into.minX = Math.min(into.minX, nums[i]!);
    into.maxX = Math.max(into.maxX, nums[i]!);
    into.minY = Math.min(into.minY, nums[i + 1]!);
    into.maxY = Math.max(into.maxY, nums[i + 1]!);
  }
}

function contentBounds(bounds: Rect, edges: readonly SceneEdge[]): Rect {
  // Compare outlines reach 6 outside a part; the padding (40) holds them.
  const b = { minX: bounds.x, minY: bounds.y, maxX: bounds.x + bounds.width, maxY: bounds.y + bounds.height };
  for (const e of edges) pathBounds(e.path, b);
  return { x: b.minX, y: b.minY, width: b.maxX - b.minX, height: b.maxY - b.minY };
}

/** The part of the diagram's coordinates the picture shows: everything drawn, plus the padding. */
function viewOf(scene: Scene): Rect {
  const content = contentBounds(scene.bounds, scene.edges);
  return {
    x: content.x - EXPORT_PADDING,
    y: content.y - EXPORT_PADDING,
    width: Math.ceil(content.width + 2 * EXPORT_PADDING),
    height: Math.ceil(content.height + 2 * EXPORT_PADDING),
  };
}

/** The size `diagramSvg` gives the picture, without drawing it (the export dialog shows the PNG's size). */
export function diagramSize(design: Design): { width: number; height: number } {
  const { width, height } = viewOf(buildScene(design, [], new Map()));
  return { width, height };
}

export function diagramSvg(design: Design, options: DiagramSvgOptions): DiagramSvg {
  const scene = buildScene(design, [], new Map());
  const measure = options.measure ?? estimateTextWidth;
  const facts = new Map(design.parts.map((p) => [p.id, keyFacts(p, options.lang ?? 'en')]));
  const ctx: Ctx = { kindLabels: options.kindLabels, measure, facts, ...(options.compare ? { compare: options.compare } : {}) };
  const labels = new Map(design.connections.map((c) => [c.id, c.label]));

  const looks = new Map<string, LineLook>();
  const lines: string[] = [];
  const edgeLabels: string[] = [];
  for (const edge of scene.edges) {
    const mark = options.compareConnections?.get(edge.id);
    const look = mark ? COMPARE_LINE_LOOKS[mark] : edge.kind ? CONNECTION_LOOKS[edge.kind] : UNKNOWN_LOOK;
    looks.set(markerId(look), look);
    lines.push(connectionLine(edge, look, mark));
    const label = connectionLabel(edge, look, labels.get(edge.id) ?? '', ctx);
    if (label !== '') edgeLabels.push(label);
  }

  const view = viewOf(scene);
  const scale = options.scale ?? 1;
  const description = options.description ?? (design.description || design.name);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attr('width', view.width * scale)}${attr('height', view.height * scale)}` +
    `${attr('viewBox', `${n(view.x)} ${n(view.y)} ${view.width} ${view.height}`)}${attr('font-family', EXPORT_FONT_FAMILY)}>\n` +
    `<title>${escapeXml(design.name)}</title>\n<desc>${escapeXml(description)}</desc>\n` +
    `<defs>${[...looks.values()].map(marker).join('')}</defs>\n` +
    (options.background
      ? `<rect data-role="background"${attr('x', view.x)}${attr('y', view.y)}${attr('width', view.width)}${attr('height', view.height)}${attr('fill', EXPORT_PALETTE.background)}/>\n`
      : '') +
    // React Flow's paint order: containers under connections under their labels under cards.
    `<g data-layer="containers">\n${scene.containers.map((b) => container(b, ctx)).join('\n')}\n</g>\n` +
    `<g data-layer="connections">\n${lines.join('\n')}\n</g>\n` +
    `<g data-layer="connection-labels">\n${edgeLabels.join('\n')}\n</g>\n` +
    `<g data-layer="cards">\n${scene.cards.map((b) => card(b, ctx)).join('\n')}\n</g>\n` +
    `</svg>\n`;
  return { svg, width: view.width, height: view.height };
}
