import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate-design.js';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import type { Design } from '../../shared/model/design.js';
import { TEMPLATES, loadTemplate } from '../../templates/index.js';
import { KIND_COLORS } from '../flow/kind-colors.js';
import { CONNECTION_LOOKS } from '../../shared/model/connection-kinds.js';
import { absoluteRect, isContainer, partMap } from '../../shared/editor/geometry.js';
import { segmentCrosses } from '../../shared/editor/edge-route.js';
import { connectionPath, routedPath } from '../flow/edges/connection-path.js';
import { RouteCache, connectionEnds } from '../flow/edges/route-set.js';
import { MAX_ROUTED_PARTS, routeObstacles } from '../flow/edges/route-obstacles.js';
import { HANDLE_SIZE } from '../flow/handles.js';
import { EXPORT_PADDING, diagramSize, diagramSvg } from './diagram-svg.js';
import { EXPORT_PALETTE } from './palette.js';

const kindLabels = Object.fromEntries(PART_KINDS.map((k) => [k, `kind:${k}`])) as Record<PartKind, string>;
const draw = (design: Design, background = true) => diagramSvg(design, { kindLabels, background });

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Whether the drawing shows `name`: in full, or shortened with an ellipsis where it does not fit. */
const shows = (all: readonly string[], name: string) =>
  all.some((t) => t === name || (t.endsWith('…') && name.startsWith(t.slice(0, -1))));

/** Every <text>'s content, unescaped. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!));

/**
 * Tag balance and attribute quoting: every element closed in order, every attribute quoted, no bare `&`
 * or `<` in text. Well-formedness proper is checked by the browser's XML parser in
 * e2e/image-export.e2e.test.ts; this catches a broken builder without a browser.
 */
function checkBalanced(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    const textPart = svg.slice(i, lt === -1 ? svg.length : lt);
    expect(textPart.replace(/&(?:amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&>]/);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(svg);
    if (!m) throw new Error(`malformed tag at ${lt}: ${svg.slice(lt, lt + 80)}`);
    const [, close, name, , selfClose] = m;
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) stack.push(name!);
    i = tag.lastIndex;
  }
  expect(stack).toEqual([]);
}

describe('diagram SVG', () => {
  it.each(TEMPLATES.map((t) => t.id))(
    'draws the %s template as real SVG shapes: one arrowed path per connection, a text per name',
    (id) => {
      const design = loadTemplate(id).design;
      const { svg } = draw(design);
      checkBalanced(svg);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).not.toMatch(/foreignObject|<div|<span|xhtml/i);
      expect(svg.match(/<path[^>]*marker-end="url\(#[^)]+\)"/g)?.length ?? 0).toBe(design.connections.length);
      const all = texts(svg);
      for (const p of design.parts) expect(shows(all, p.name), p.name).toBe(true);
      for (const c of design.connections.filter((c) => c.label !== '')) expect(all).toContain(c.label);
      const groups = [...svg.matchAll(/data-part-id="([^"]+)"/g)].map((m) => m[1]);
      expect(groups.sort()).toEqual(design.parts.map((p) => p.id).sort());
    },
  );

  it('names the design in <title> and <desc> and escapes every text', () => {
    const design: Design = {
      name: 'A & B <test> "quoted"',
      description: "it's <fine>",
      parts: [
        {
          ...loadTemplate('microservices').design.parts.find((p) => p.kind === 'ecr')!,
          id: 'e',
          name: '<ecr> & "x"',
          parentId: undefined,
        },
      ],
      connections: [],
    } as Design;
    const { svg } = draw(design);
    checkBalanced(svg);
    expect(svg).toContain('<title>A &amp; B &lt;test&gt; &quot;quoted&quot;</title>');
    expect(svg).toContain('<desc>it&apos;s &lt;fine&gt;</desc>');
    expect(texts(svg)).toContain('<ecr> & "x"');
  });

  it('fits the viewBox to the parts with padding and sizes the document by the scale', () => {
    const design = loadTemplate('web-application').design;
    const one = draw(design);
    const viewBox = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(one.svg)!.slice(1).map(Number);
    expect(viewBox[2]).toBe(one.width);
    expect(viewBox[3]).toBe(one.height);
    // Every part's group lies inside the view, the padding away from its edge at least.
    const rects = [
      ...one.svg.matchAll(
        /<g data-part-id="[^"]+"[^>]*><title>[^<]*<\/title><rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ].map((m) => m.slice(1).map(Number));
    expect(rects.length).toBe(design.parts.length);
    for (const [x, y, w, h] of rects) {
      expect(x!).toBeGreaterThanOrEqual(viewBox[0]! + EXPORT_PADDING - 1);
      expect(y!).toBeGreaterThanOrEqual(viewBox[1]! + EXPORT_PADDING - 1);
      expect(x! + w!).toBeLessThanOrEqual(viewBox[0]! + viewBox[2]! - EXPORT_PADDING + 1);
      expect(y! + h!).toBeLessThanOrEqual(viewBox[1]! + viewBox[3]! - EXPORT_PADDING + 1);
    }
    const three = diagramSvg(design, { kindLabels, background: true, scale: 3 });
    expect(three.svg).toContain(`width="${one.width * 3}" height="${one.height * 3}"`);
    expect(three.svg).toContain(`viewBox="${viewBox.join(' ')}"`);
  });

  it('tells the size without drawing, the same as the drawing has', () => {
    for (const t of TEMPLATES) {
      const design = loadTemplate(t.id).design;
      const { width, height } = draw(design);
      expect(diagramSize(design)).toEqual({ width, height });
    }
  });

  it('paints the background only when asked', () => {
    const design = loadTemplate('batch-processing').design;
    expect(draw(design, true).svg).toContain(`data-role="background"`);
    expect(draw(design, false).svg).not.toContain(`data-role="background"`);
  });

  it('draws containers as tinted outlines (node groups and Fargate dashed) under connections under cards', () => {
    const design = loadTemplate('microservices').design;
    const { svg } = draw(design);
    const vpc = /<g data-part-id="vpc"[^]*?<\/g>/.exec(svg)![0];
    expect(vpc).toContain(`stroke="${KIND_COLORS.vpc}"`);
    expect(vpc).toContain('fill-opacity="0.05"');
    expect(vpc).not.toContain('stroke-dasharray="6 4"');
    const nodeGroup = design.parts.find((p) => p.kind === 'managed-node-group')!;
    expect(
      new RegExp(`<g data-part-id="${nodeGroup.id}"[^>]*><title>[^<]*</title><rect [^>]*stroke-dasharray="6 4"`).test(svg),
    ).toBe(true);
    const order = ['data-layer="containers"', 'data-layer="connections"', 'data-layer="cards"'].map((l) => svg.indexOf(l));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  });

  it('colours each connection by its kind, with an arrowhead of the same colour', () => {
    const design = loadTemplate('microservices').design;
    const { svg } = draw(design);
    const ecrToWorkload = design.connections.find((c) => design.parts.find((p) => p.id === c.from)!.kind === 'ecr')!;
    const group = new RegExp(`<g data-connection-id="${ecrToWorkload.id}"><path [^>]*>`).exec(svg)![0];
    const color = CONNECTION_LOOKS['image-pull'].color;
    expect(group).toContain(`stroke="${color}"`);
    const marker = /marker-end="url\(#([^)]+)\)"/.exec(group)![1];
    expect(svg).toMatch(new RegExp(`<marker id="${marker}"[^>]*><path [^>]*fill="${color}"`));
  });

  it('draws each connection along the route the canvas draws, around the cards in its way, its label on it', () => {
    const design = loadTemplate('microservices').design;
    const { svg } = draw(design);
    const byId = partMap(design);
    const obstacles = routeObstacles(design);
    expect(obstacles).not.toBeNull();
    let detours = 0;
    // The canvas's routes: all at once, lines sharing a lane spread apart (route-set.ts).
    const routes = new RouteCache().routes(connectionEnds(design.parts, design.connections), obstacles!);
    for (const c of design.connections) {
      const from = absoluteRect(byId, byId.get(c.from)!);
      const to = absoluteRect(byId, byId.get(c.to)!);
      // The handles' points, as React Flow gives them to the canvas's edges.
      const source = { x: from.x + from.width + HANDLE_SIZE / 2, y: from.y + from.height / 2 };
      const target = { x: to.x - HANDLE_SIZE / 2, y: to.y + to.height / 2 };
      const expected = routedPath(routes.get(c.id)!);
      const d = new RegExp(`<g data-connection-id="${c.id}"><path d="([^"]+)"`).exec(svg)![1];
      expect(d, c.id).toBe(expected.d);
      if (expected.d !== connectionPath(source, target, null).d) detours++;
      // No straight run of the line passes through a card other than its two ends.
      const corners = [...expected.d.matchAll(/[ML]([-\d.e]+) ([-\d.e]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
      const cards = design.parts.filter((p) => p.id !== c.from && p.id !== c.to && !isContainer(p.kind));
      for (const p of cards)
        for (let i = 1; i < corners.length; i++)
          expect(segmentCrosses(corners[i - 1]!, corners[i]!, absoluteRect(byId, p)), `${c.id} crosses ${p.id}`).toBe(false);
      if (c.label !== '') {
        const group = new RegExp(`<g data-connection-id="${c.id}" data-role="label">.*?</g>`).exec(svg)![0];
        expect(group).toContain(`x="${Math.round(expected.labelX * 100) / 100}"`);
      }
    }
    // The template has connections the plain step would draw through a card: the export goes around them.
    expect(detours).toBeGreaterThan(0);
    // Routed one by one, some of its lines would run on top of each other; drawn, no two inner stretches
    // share a lane.
    const lone = [...routes.keys()].filter((id) => {
      const e = connectionEnds(design.parts, design.connections).find((x) => x.id === id)!;
      return connectionPath(e.source, e.target, obstacles).d !== routedPath(routes.get(id)!).d;
    });
    expect(lone.length).toBeGreaterThan(0);
    const inner = [...routes].flatMap(([id, pts]) =>
      pts.slice(1, -1).flatMap((a, i) => {
        const b = pts[i + 2]!;
        if (i + 2 >= pts.length - 1) return [];
        return [{ id, a, b }];
      }),
    );
    for (const s of inner)
      for (const t of inner) {
        if (s.id >= t.id) continue;
        const sameRow = s.a.y === s.b.y && t.a.y === t.b.y && s.a.y === t.a.y;
        const sameColumn = s.a.x === s.b.x && t.a.x === t.b.x && s.a.x === t.a.x;
        const [s0, s1, t0, t1] = sameRow
          ? [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x), Math.min(t.a.x, t.b.x), Math.max(t.a.x, t.b.x)]
          : [Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y), Math.min(t.a.y, t.b.y), Math.max(t.a.y, t.b.y)];
        if (sameRow || sameColumn)
          expect(Math.min(s1, t1) - Math.max(s0, t0), `${s.id} and ${t.id} share a lane`).toBeLessThanOrEqual(1);
      }
  });

  it('draws the plain stepped line, as the canvas does, in a design too big to route', () => {
    const design = generateDesign(MAX_ROUTED_PARTS + 20);
    const { svg } = draw(design);
    const byId = partMap(design);
    const c = design.connections[0]!;
    const from = absoluteRect(byId, byId.get(c.from)!);
    const to = absoluteRect(byId, byId.get(c.to)!);
    const expected = connectionPath(
      { x: from.x + from.width + HANDLE_SIZE / 2, y: from.y + from.height / 2 },
      { x: to.x - HANDLE_SIZE / 2, y: to.y + to.height / 2 },
      null,
    );
    expect(svg).toContain(`<g data-connection-id="${c.id}"><path d="${expected.d}"`);
  });

  it('draws a connection label on a background box, not as a dark block, over every line', () => {
    const design = loadTemplate('microservices').design;
    const labelled = design.connections.find((c) => c.label !== '')!;
    const { svg } = draw(design);
    const group = new RegExp(`<g data-connection-id="${labelled.id}" data-role="label">.*?</g>`).exec(svg)![0];
    expect(group).toMatch(new RegExp(`<rect [^>]*fill="${EXPORT_PALETTE.background}"`));
    expect(texts(group)).toEqual([labelled.label]);
    // Lines that share a stretch of route with it are drawn first, so they do not cover it.
    expect(svg.indexOf(group)).toBeGreaterThan(svg.lastIndexOf('marker-end='));
    expect(svg.indexOf(group)).toBeLessThan(svg.indexOf('data-layer="cards"'));
  });

  it('shortens text that does not fit a card with an ellipsis, keeping the full name in the title', () => {
    const base = loadTemplate('microservices').design;
    const ecr = base.parts.find((p) => p.kind === 'ecr')!;
    const long = 'a-very-long-repository-name-that-cannot-fit-on-one-card';
    const { svg } = draw({ ...base, parts: [{ ...ecr, name: long, parentId: undefined }], connections: [] });
    const name = texts(svg).find((t) => t.startsWith('a-very'))!;
    expect(name.endsWith('…')).toBe(true);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
    expect(svg).toContain(`<title>${long}</title>`);
  });

  it('draws every part of a 1,000-part design', () => {
    const design = generateDesign(1000);
    const { svg, width, height } = draw(design);
    expect(new Set([...svg.matchAll(/data-part-id="([^"]+)"/g)].map((m) => m[1])).size).toBe(1000);
    expect(svg.match(/marker-end=/g)?.length).toBe(design.connections.length);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  it('draws the card facts in the language asked for, as the cards show them', () => {
    const design = loadTemplate('microservices').design;
    const ja = texts(diagramSvg(design, { kindLabels, background: true, lang: 'ja' }).svg);
    const en = texts(draw(design).svg);
    expect(ja.some((t) => /最小 \d+ \/ 希望 \d+ \/ 最大 \d+/.test(t))).toBe(true);
    expect(ja.some((t) => /^レプリカ数 \d+/.test(t))).toBe(true);
    expect(ja.some((t) => /min \d+ \//.test(t))).toBe(false);
    expect(en.some((t) => /min \d+ \/ desired \d+ \/ max \d+/.test(t))).toBe(true);
  });

  it('draws an empty design as an empty padded picture', () => {
    const { svg, width, height } = draw({ name: 'empty', description: '', parts: [], connections: [] });
    checkBalanced(svg);
    expect([width, height]).toEqual([2 * EXPORT_PADDING, 2 * EXPORT_PADDING]);
  });
});
