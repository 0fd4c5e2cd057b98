import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDesign } from '../bench/generate-design.js';
import { CONNECTION_LOOKS } from '../shared/model/connection-kinds.js';
import { serializeDesign, toDocument } from '../shared/model/document.js';
import { loadTemplate } from '../templates/index.js';
import { exportImage } from './support/image-export.js';
import { useApp } from './support/fixture.js';

const ctx = useApp({ width: 1280, height: 720 });
/** Exported files and screenshots kept for a person to compare with the canvas (and for the README). */
const KEEP = 'test-results/screenshots';
beforeAll(() => mkdir(KEEP, { recursive: true }));

/** What the browser's XML parser finds in an exported SVG. */
function svgFacts(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const root = doc.documentElement;
    const all = [...doc.getElementsByTagName('*')];
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      root: `${root.namespaceURI} ${root.localName}`,
      viewBox: (root.getAttribute('viewBox') ?? '').split(' ').map(Number),
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      notSvg: all.filter((e) => e.namespaceURI !== 'http://www.w3.org/2000/svg').map((e) => e.localName),
      arrowedPaths: [...doc.querySelectorAll('path[marker-end]')].map((p) => {
        const marker = /url\(#(.+)\)/.exec(p.getAttribute('marker-end')!)![1]!;
        return { id: p.parentElement!.getAttribute('data-connection-id'), markerFound: doc.getElementById(marker) !== null };
      }),
      texts: [...doc.getElementsByTagName('text')].map((e) => e.textContent ?? ''),
      withClass: all.filter((e) => e.hasAttribute('class')).length,
      partIds: [...doc.querySelectorAll('[data-part-id]')].map((e) => e.getAttribute('data-part-id')!),
      title: doc.querySelector('svg > title')?.textContent ?? '',
    };
  }, text);
}

/**
 * Colours of the PNG at points along a connection's line where nothing is drawn over it (cards, the
 * label, the arrowhead). The SVG is put in the page to find those points; the PNG is decoded in the page.
 */
function lineColours(page: Page, svg: string, png: Buffer, connectionId: string, scale: number) {
  return page.evaluate(
    async ({ svg, png64, connectionId, scale }) => {
      const holder = document.createElement('div');
      holder.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
      holder.append(document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true));
      document.body.append(holder);
      try {
        const root = holder.querySelector('svg')!;
        const [vx, vy] = root.getAttribute('viewBox')!.split(' ').map(Number) as [number, number];
        const line = root.querySelector<SVGPathElement>(`[data-connection-id="${connectionId}"] path`)!;
        const covers = [...root.querySelectorAll<SVGGraphicsElement>('[data-layer="cards"] > g, [data-connection-id] rect')].map(
          (e) => e.getBBox(),
        );
        const inside = (p: DOMPoint) =>
          covers.some((b) => p.x >= b.x - 4 && p.x <= b.x + b.width + 4 && p.y >= b.y - 4 && p.y <= b.y + b.height + 4);
        const length = line.getTotalLength();
        const points: DOMPoint[] = [];
        for (let at = 15; at < length - 20 && points.length < 8; at += 25) {
          const p = line.getPointAtLength(at);
          if (!inside(p)) points.push(p);
        }
        const bytes = Uint8Array.from(atob(png64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const ctx2d = canvas.getContext('2d')!;
        ctx2d.drawImage(bitmap, 0, 0);
        const hex = (x: number, y: number) => {
          const [r, g, b, a] = ctx2d.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
          return `#${[r!, g!, b!].map((v) => v.toString(16).padStart(2, '0')).join('')}/${a}`;
        };
        return {
          width: bitmap.width,
          height: bitmap.height,
          corner: hex(0, 0),
          colours: points.map((p) => hex((p.x - vx) * scale, (p.y - vy) * scale)),
        };
      } finally {
        holder.remove();
      }
    },
    { svg, png64: png.toString('base64'), connectionId, scale },
  );
}

/** The numbers in a path's data (the canvas's and the export's paths are absolute M/L/Q commands). */
const pathNumbers = (d: string) => (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);

/** The path data of each connection as the canvas draws it (React Flow's edge path, in flow coordinates). */
function canvasPaths(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.react-flow__edge')].map((g) => [
        g.getAttribute('data-id')!,
        g.querySelector('path.react-flow__edge-path')!.getAttribute('d')!,
      ]),
    ),
  );
}

/** The path data of each connection in an exported SVG. */
function svgPaths(page: Page, svg: string): Promise<Record<string, string>> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return Object.fromEntries(
      [...doc.querySelectorAll('[data-connection-id] > path')].map((p) => [
        p.parentElement!.getAttribute('data-connection-id')!,
        p.getAttribute('d')!,
      ]),
    );
  }, svg);
}

async function keep(name: string, bytes: Buffer | string): Promise<void> {
  await writeFile(join(KEEP, `export-${name}`), bytes);
}

describe('image export', () => {
  it('exports the diagram as real SVG: shapes, one arrowed path per connection, a text per name, no selection', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    const design = loadTemplate('microservices').design;
    await app.selectPart('wl-frontend');
    await app.page.screenshot({ path: join(KEEP, 'export-canvas-microservices.png') });

    const file = await exportImage(app, 'svg');
    expect(file.name).toMatch(/\.svg$/);
    const text = file.bytes.toString('utf8');
    await keep('microservices.svg', text);
    const svg = await svgFacts(app.page, text);
    expect(svg.parseError).toBeNull();
    expect(svg.root).toBe('http://www.w3.org/2000/svg svg');
    expect(svg.foreignObjects).toBe(0);
    expect(svg.notSvg).toEqual([]);
    expect(svg.title).toBe(design.name);
    // One line with an arrowhead per connection of the design, and nothing else carries one.
    expect(svg.arrowedPaths.map((p) => p.id).sort()).toEqual(design.connections.map((c) => c.id).sort());
    expect(svg.arrowedPaths.every((p) => p.markerFound)).toBe(true);
    for (const p of design.parts) expect(svg.texts).toContain(p.name);
    expect(svg.texts).toContain('HTTPS /');
    expect(svg.partIds.sort()).toEqual(design.parts.map((p) => p.id).sort());
    // No canvas machinery: no React Flow classes, handles or resizers, and not the selection's accent colour.
    expect(svg.withClass).toBe(0);
    expect(text).not.toMatch(/react-flow|handle|resize/i);
    expect(text.toLowerCase()).not.toContain('#0972d3');
  });

  it('exports PNG at 2x: twice the SVG size, connections drawn in their colour', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    const svgText = (await exportImage(app, 'svg')).bytes.toString('utf8');
    const { viewBox } = await svgFacts(app.page, svgText);

    await app.runCommand('file.exportPng');
    await app.testId('image-export-scale-2').check();
    await expect
      .poll(() => app.testId('image-export-size').textContent())
      .toContain(`${(viewBox[2]! * 2).toLocaleString('en')} × ${(viewBox[3]! * 2).toLocaleString('en')}`);
    await app.testId('image-export-close').click();

    // Every line in the picture is the one the canvas draws: the same route around cards and title bars
    // (microservices' lines all detour), so the pixels checked below lie on the routed line.
    const onCanvas = await canvasPaths(app.page);
    const inSvg = await svgPaths(app.page, svgText);
    expect(Object.keys(inSvg).sort()).toEqual(Object.keys(onCanvas).sort());
    for (const [id, d] of Object.entries(inSvg)) {
      const expected = pathNumbers(onCanvas[id]!);
      const actual = pathNumbers(d);
      expect(actual.length, id).toBe(expected.length);
      actual.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${id} number ${i}`).toBeLessThan(0.5));
    }

    const png = await exportImage(app, 'png', { scale: 2, background: true });
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    await keep('microservices@2x.png', png.bytes);
    // ALB -> frontend is traffic (blue); ECR -> catalog is an image pull (orange, dashed: some points fall in gaps).
    const traffic = await lineColours(app.page, svgText, png.bytes, 'conn-1', 2);
    expect([traffic.width, traffic.height]).toEqual([viewBox[2]! * 2, viewBox[3]! * 2]);
    expect(traffic.corner).toBe('#ffffff/255');
    expect(traffic.colours.length).toBeGreaterThanOrEqual(4);
    for (const c of traffic.colours) expect(c).toBe(`${CONNECTION_LOOKS.traffic.color}/255`);
    const imagePull = await lineColours(app.page, svgText, png.bytes, 'conn-3', 2);
    expect(imagePull.colours.filter((c) => c === `${CONNECTION_LOOKS['image-pull'].color}/255`).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the background transparent when asked', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const svgText = (await exportImage(app, 'svg', { background: false })).bytes.toString('utf8');
    expect(svgText).not.toContain('data-role="background"');
    const png = await exportImage(app, 'png', { scale: 1, background: false });
    const design = loadTemplate('web-application').design;
    const pixels = await lineColours(app.page, svgText, png.bytes, design.connections[0]!.id, 1);
    expect(pixels.corner).toBe('#000000/0');
  });

  it('works from the keyboard: Enter exports, Escape closes', async () => {
    const { app } = ctx();
    await app.openTemplate('api-backend');
    await app.runCommand('file.exportSvg');
    await app.testId('image-export').waitFor();
    await app.press('Escape');
    await app.testId('image-export').waitFor({ state: 'detached' });
    await app.runCommand('file.exportSvg');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('image-export-run');
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    await app.testId('image-export').waitFor({ state: 'detached' });
  });

  it('exports every part of a big design and lowers a PNG scale that would be too large, saying so', async () => {
    const { app, tmp } = ctx();
    const design = generateDesign(400);
    const path = join(tmp, 'large.eksdesign');
    await writeFile(path, serializeDesign(toDocument(design)));
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
    await chooser.setFiles(path);
    await expect.poll(() => app.testId('overview-canvas').getAttribute('data-drawn')).toBe(String(design.parts.length));

    const svg = await svgFacts(app.page, (await exportImage(app, 'svg')).bytes.toString('utf8'));
    expect(new Set(svg.partIds).size).toBe(design.parts.length);
    expect(svg.arrowedPaths.length).toBe(design.connections.length);

    await app.runCommand('file.exportPng');
    await app.testId('image-export-scale-3').check();
    await expect(app.testId('image-export-clamped').textContent()).resolves.toMatch(
      /too large for a PNG at 3×: it will be exported at 1\.\d+×/,
    );
    await app.page.screenshot({ path: join(KEEP, 'export-dialog-clamped.png') });
    await app.testId('image-export-scale-1').check();
    await expect.poll(() => app.testId('image-export-clamped').count()).toBe(0);
    await app.testId('image-export-close').click();
  });

  it('shows the dialog and draws the kind names in Japanese', async () => {
    const { app } = ctx();
    await app.page.evaluate(() => localStorage.setItem('eks-sandbox.language', 'ja'));
    await app.page.reload();
    await app.page.waitForSelector('[data-app-ready="true"]');
    await app.openTemplate('microservices');
    await app.runCommand('file.exportPng');
    await expect(app.testId('image-export').getAttribute('aria-label')).resolves.toBe('画像をエクスポート');
    await expect(app.testId('image-export-run').textContent()).resolves.toBe('エクスポート');
    await app.page.screenshot({ path: join(KEEP, 'export-dialog-ja.png') });
    await app.testId('image-export-close').click();
    // The kind names on the cards are drawn in the user's language, as on the canvas.
    const svg = await svgFacts(app.page, (await exportImage(app, 'svg')).bytes.toString('utf8'));
    expect(svg.texts).toContain('ワークロード');
    await keep('microservices-ja.png', (await exportImage(app, 'png', { scale: 1 })).bytes);
  });
});
