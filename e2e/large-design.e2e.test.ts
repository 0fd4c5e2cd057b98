/**
 * Big designs. Zoomed out, a design of more than 300 parts is drawn on the overview canvas
 * (renderer/flow/overview), where parts can still be pointed at, selected, dragged (one undo step) and
 * panned around, and the minimap moves the view; zoomed in, the full cards come back with their edges and
 * handles. A small design zoomed out keeps its parts as compact React Flow nodes. Image export draws
 * every part whatever the zoom.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Position, getSmoothStepPath } from '@xyflow/react';
import { parseDesignText, serializeDesign, toDocument } from '../shared/model/document.js';
import { absoluteRect, partMap } from '../shared/editor/geometry.js';
import type { Design } from '../shared/model/design.js';
import { generateDesign } from '../bench/generate-design.js';
import { downloadText, type AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';
import { exportImage } from './support/image-export.js';
import { misplacedHandles } from './support/handle-check.js';

const ctx = useApp({ width: 1400, height: 900 });

async function openLarge(app: AppPage, tmp: string, change: (d: Design) => Design = (d) => d): Promise<Design> {
  const design = change(generateDesign(400));
  const path = join(tmp, 'large.eksdesign');
  await writeFile(path, serializeDesign(toDocument(design)));
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
  await chooser.setFiles(path);
  const overview = app.testId('overview-canvas');
  await expect.poll(() => overview.getAttribute('data-drawn')).toBe(String(design.parts.length));
  return design;
}

/** React Flow's view: screen = origin + flow * zoom + (x, y). */
async function view(app: AppPage): Promise<{ x: number; y: number; zoom: number; left: number; top: number }> {
  return app.page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = new DOMMatrixReadOnly(getComputedStyle(vp).transform);
    const box = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { x: m.e, y: m.f, zoom: m.a, left: box.left, top: box.top };
  });
}

/** Centre of part `id` on screen, from the design's geometry and the current view. */
async function centreOnScreen(app: AppPage, design: Design, id: string): Promise<{ x: number; y: number }> {
  const r = await rectOnScreen(app, design, id);
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** Presses at `from`, moves by `by` in six steps and releases, as a hand does. */
async function mouseDrag(app: AppPage, from: { x: number; y: number }, by: { x: number; y: number }): Promise<void> {
  await app.page.mouse.move(from.x, from.y);
  await app.page.mouse.down();
  await app.page.mouse.move(from.x + by.x, from.y + by.y, { steps: 6 });
  await app.page.mouse.up();
  // After a pan d3-zoom swallows every click for one timer tick, a download link's too; timers run in
  // order, so once this one has run, that one has.
  await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** The overview canvas's colour at a page point, as [r, g, b]. */
async function pixelAt(app: AppPage, p: { x: number; y: number }): Promise<number[]> {
  return app.testId('overview-canvas').evaluate((el, p) => {
    const canvas = el as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const k = canvas.width / box.width;
    const d = canvas.getContext('2d')!.getImageData(Math.round((p.x - box.left) * k), Math.round((p.y - box.top) * k), 1, 1).data;
    return [d[0]!, d[1]!, d[2]!, d[3]!];
  }, p);
}

/** Pixels of the error colour (#d91515) on the overview canvas within `r` (page coordinates) grown by `pad`. */
async function errorPixelsAround(
  app: AppPage,
  r: { x: number; y: number; width: number; height: number },
  pad: number,
): Promise<number> {
  return app.testId('overview-canvas').evaluate(
    (el, { r, pad }) => {
      const canvas = el as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      const k = canvas.width / box.width;
      const x = Math.round((r.x - pad - box.left) * k);
      const y = Math.round((r.y - pad - box.top) * k);
      const w = Math.round((r.width + 2 * pad) * k);
      const h = Math.round((r.height + 2 * pad) * k);
      const d = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! > 170 && d[i + 1]! < 90 && d[i + 2]! < 90) n++;
      return n;
    },
    { r, pad },
  );
}

/** Where part `id` is on screen, from the design's geometry and the current view. */
async function rectOnScreen(app: AppPage, design: Design, id: string) {
  const byId = partMap(design);
  const r = absoluteRect(byId, byId.get(id)!);
  const v = await view(app);
  return { x: v.left + v.x + r.x * v.zoom, y: v.top + v.y + r.y * v.zoom, width: r.width * v.zoom, height: r.height * v.zoom };
}

/** The path React Flow draws for a connection (and the overview draws too): smooth step, handles 6 px out. */
function connectionPath(design: Design, c: Design['connections'][number]): string {
  const byId = partMap(design);
  const from = absoluteRect(byId, byId.get(c.from)!);
  const to = absoluteRect(byId, byId.get(c.to)!);
  return getSmoothStepPath({
    sourceX: from.x + from.width + 6,
    sourceY: from.y + from.height / 2,
    sourcePosition: Position.Right,
    targetX: to.x - 6,
    targetY: to.y + to.height / 2,
    targetPosition: Position.Left,
  })[0];
}

/** Distance from `p` to the polyline through the points of an SVG path (curves taken as their control points). */
function distanceToPath(d: string, p: { x: number; y: number }): number {
  const n = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  let best = Infinity;
  for (let i = 0; i + 3 < n.length; i += 2) {
    const [ax, ay, bx, by] = [n[i]!, n[i + 1]!, n[i + 2]!, n[i + 3]!];
    const len = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - ax) * (bx - ax) + (p.y - ay) * (by - ay)) / len));
    best = Math.min(best, Math.hypot(p.x - (ax + t * (bx - ax)), p.y - (ay + t * (by - ay))));
  }
  return best;
}

/** A workload card: the workload colour #01a88d mixed 45 % into the white card colour, opaque. */
const WORKLOAD_CARD = [141, 216, 204, 255];
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 3);

async function savedDesign(app: AppPage): Promise<Design> {
  const saved = await downloadText(app, () => app.press('Control+s'));
  return parseDesignText(saved.text).design;
}

describe('a large design', () => {
  it('opens zoomed out on the overview canvas, marks problems, names what the pointer is on, and shows full cards when zoomed in', async () => {
    const { app, tmp } = ctx();
    // One node group with impossible scaling numbers (ng.scaling-order, an error).
    const design = await openLarge(app, tmp, (d) => ({
      ...d,
      parts: d.parts.map((p) =>
        p.id === 's1-ng-general' ? ({ ...p, props: { ...p.props, minSize: 5, desiredCapacity: 3 } } as typeof p) : p,
      ),
    }));
    const canvas = app.testId('canvas');
    expect(await canvas.getAttribute('data-detail')).toBe('overview');
    // Drawn once, on the canvas: no React Flow node or edge elements meanwhile.
    expect(await app.page.locator('.react-flow__node').count()).toBe(0);
    expect(await app.page.locator('.react-flow__edge').count()).toBe(0);
    expect(await app.testId('overview-canvas').getAttribute('data-parts')).toBe(String(design.parts.length));
    const web = await centreOnScreen(app, design, 's0-web');
    expect(near(await pixelAt(app, web), WORKLOAD_CARD)).toBe(true);
    // The broken node group is framed in the error colour once the (deferred) checks of a big design ran.
    await expect.poll(() => app.page.locator('[data-testid="problem"][data-rule-id="ng.scaling-order"]').count()).toBe(1);
    const broken = await rectOnScreen(app, design, 's1-ng-general');
    await expect.poll(() => errorPixelsAround(app, broken, 3)).toBeGreaterThan(broken.width + broken.height);
    // A valid group has no frame: a frame is more than width + height error pixels (above); a stray antialiased
    // pixel where an orange outline meets a card can fall in the red range, so a few are not a frame.
    const valid = await rectOnScreen(app, design, 's2-ng-general');
    expect(await errorPixelsAround(app, valid, 3)).toBeLessThan((valid.width + valid.height) / 20);
    await mkdir('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: 'test-results/screenshots/large-overview.png' });

    // The name is there for whoever points at a part.
    await app.page.mouse.move(web.x, web.y);
    const name = design.parts.find((p) => p.id === 's0-web')!.name;
    await expect.poll(() => app.page.locator('.react-flow').getAttribute('title')).toContain(name);

    // Zoom in: full cards with names and real handles where the edges are drawn from.
    for (let i = 0; i < 12 && (await canvas.getAttribute('data-detail')) !== 'full'; i++) {
      await app.page.locator('.react-flow__controls-zoomin').click();
    }
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('full');
    await expect.poll(() => app.page.locator('.part.card .part-name').count()).toBeGreaterThan(0);
    expect(await app.testId('overview-canvas').count()).toBe(0);
    expect(await app.page.locator('.react-flow__edge').count()).toBeGreaterThan(0);
    expect(await misplacedHandles(app.page)).toEqual([]);
    await app.page.screenshot({ path: 'test-results/screenshots/large-zoomed-in.png' });
  });

  it('selects and drags parts on the overview as one undo step, and pans from empty space', async () => {
    const { app, tmp } = ctx();
    const design = await openLarge(app, tmp);
    const { zoom } = await view(app);
    const web = await centreOnScreen(app, design, 's0-web');

    await app.page.mouse.click(web.x, web.y);
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="s0-web"]').waitFor();

    await mouseDrag(app, web, { x: 60, y: 30 });
    const before = design.parts.find((p) => p.id === 's0-web')!.position;
    const moved = (await savedDesign(app)).parts.find((p) => p.id === 's0-web')!;
    expect(moved.parentId).toBe('s0-ng-general');
    expect(moved.position.x).toBeCloseTo(before.x + 60 / zoom, 3);
    expect(moved.position.y).toBeCloseTo(before.y + 30 / zoom, 3);
    // Drawn where it now is, gone from where it was.
    expect(near(await pixelAt(app, { x: web.x + 60, y: web.y + 30 }), WORKLOAD_CARD)).toBe(true);
    expect(near(await pixelAt(app, { x: web.x - 2 * zoom * 10, y: web.y }), WORKLOAD_CARD)).toBe(false);

    await app.press('Control+z');
    expect((await savedDesign(app)).parts.find((p) => p.id === 's0-web')!.position).toEqual(before);
    await expect.poll(async () => near(await pixelAt(app, web), WORKLOAD_CARD)).toBe(true);

    // Escape during a drag puts the part back; the release after it moves nothing.
    await app.page.mouse.move(web.x, web.y);
    await app.page.mouse.down();
    await app.page.mouse.move(web.x + 40, web.y + 40, { steps: 4 });
    await app.press('Escape');
    await app.page.mouse.up();
    expect((await savedDesign(app)).parts.find((p) => p.id === 's0-web')!.position).toEqual(before);

    // A name typed in the inspector and not yet committed goes to its part when another part is clicked,
    // and the keys after that click act on the design, not on the field.
    await app.page.mouse.click(web.x, web.y);
    await app.testId('inspector-name').fill('renamed-web');
    const cache = await centreOnScreen(app, design, 's0-cache');
    await app.page.mouse.click(cache.x, cache.y);
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="s0-cache"]').waitFor();
    await app.press('Delete');
    const renamed = await savedDesign(app);
    expect(renamed.parts.find((p) => p.id === 's0-web')!.name).toBe('renamed-web');
    expect(renamed.parts.some((p) => p.id === 's0-cache')).toBe(false);
    await app.press('Control+z');
    await app.press('Control+z');
    expect((await savedDesign(app)).parts.find((p) => p.id === 's0-web')!.name).toBe('web');

    // Shift adds to the selection; a click on empty space clears it and a drag there pans the view.
    const api = await centreOnScreen(app, design, 's0-api');
    await app.page.mouse.click(web.x, web.y);
    await app.page.keyboard.down('Shift');
    await app.page.mouse.click(api.x, api.y);
    await app.page.keyboard.up('Shift');
    await expect.poll(() => app.testId('inspector').textContent()).toContain('2 parts selected');
    const v = await view(app);
    const empty = { x: v.left + 20, y: v.top + 20 };
    await app.page.mouse.click(empty.x, empty.y);
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id]').waitFor({ state: 'detached' });
    await mouseDrag(app, empty, { x: 80, y: 40 });
    const after = await view(app);
    expect(after.x - v.x).toBeCloseTo(80, 0);
    expect(after.y - v.y).toBeCloseTo(40, 0);
    expect((await savedDesign(app)).parts.find((p) => p.id === 's0-web')!.position).toEqual(before);

    // With Space held a drag pans even when it starts on a part, as in React Flow.
    const webNow = await centreOnScreen(app, design, 's0-web');
    const v3 = await view(app);
    await app.page.keyboard.down('Space');
    await mouseDrag(app, webNow, { x: 50, y: 20 });
    await app.page.keyboard.up('Space');
    const v4 = await view(app);
    expect(v4.x - v3.x).toBeCloseTo(50, 0);
    expect(v4.y - v3.y).toBeCloseTo(20, 0);
    expect((await savedDesign(app)).parts.find((p) => p.id === 's0-web')!.position).toEqual(before);

    // A click on a connection (here just right of the ALB, over its VPC) picks the connection drawn
    // there, not the VPC under it; Delete then removes just that connection.
    const alb = await rectOnScreen(app, design, 's0-alb');
    const click = { x: alb.x + alb.width + 4, y: alb.y + alb.height / 2 };
    await app.page.mouse.click(click.x, click.y);
    await app.press('Delete');
    const pruned = await savedDesign(app);
    expect(pruned.parts).toHaveLength(design.parts.length);
    expect(pruned.connections).toHaveLength(design.connections.length - 1);
    const [gone] = design.connections.filter((c) => !pruned.connections.some((k) => k.id === c.id));
    const v2 = await view(app);
    const at = { x: (click.x - v2.left - v2.x) / v2.zoom, y: (click.y - v2.top - v2.y) / v2.zoom };
    // Within the 10 px pick distance of where that connection is drawn (its corners are straight enough here).
    expect(distanceToPath(connectionPath(design, gone!), at) * v2.zoom).toBeLessThan(10.5);
  });

  it('pans the view while a part is held near the edge, and the part goes along', async () => {
    const { app, tmp } = ctx();
    const design = await openLarge(app, tmp);
    const v0 = await view(app);
    const web = await centreOnScreen(app, design, 's0-web');
    const edge = await app.boxOf(app.page.locator('.react-flow'));
    const to = { x: edge.x + edge.width - 10, y: web.y };
    await app.page.mouse.move(web.x, web.y);
    await app.page.mouse.down();
    await app.page.mouse.move(to.x, to.y, { steps: 6 });
    // Held still near the right edge: the view keeps moving left.
    await expect.poll(async () => (await view(app)).x).toBeLessThan(v0.x - 60);
    await app.page.mouse.up();
    await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const panned = v0.x - (await view(app)).x;
    const saved = await savedDesign(app);
    const byId = partMap(saved);
    const before = absoluteRect(partMap(design), partMap(design).get('s0-web')!);
    const after = absoluteRect(byId, byId.get('s0-web')!);
    // The pointer's own travel plus the distance the view panned, in design units.
    expect(after.x - before.x).toBeCloseTo((to.x - web.x + panned) / v0.zoom, -1);
  });

  it('moves the view to where the minimap is clicked', async () => {
    const { app, tmp } = ctx();
    await openLarge(app, tmp);
    const minimap = app.testId('overview-minimap');
    await expect.poll(() => minimap.locator('canvas').count()).toBe(1);
    const before = await view(app);
    const box = await app.boxOf(minimap.locator('canvas'));
    await app.page.mouse.click(box.x + 10, box.y + 10);
    const after = await view(app);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    // The top-left corner of the map is up and left of the design's middle: the view moves right and down.
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBeGreaterThan(before.y);
  });

  it('exports every part of the design as an image while zoomed out, then returns to the overview', async () => {
    const { app, tmp } = ctx();
    const design = await openLarge(app, tmp);
    const svg = (await exportImage(app, 'svg')).bytes.toString('utf8');
    const ids = new Set([...svg.matchAll(/data-part-id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.size).toBe(design.parts.length);
    await expect.poll(() => app.testId('canvas').getAttribute('data-detail')).toBe('overview');
    await expect.poll(() => app.page.locator('.react-flow__node').count()).toBe(0);
  });

  it('keeps a small design zoomed far out as compact React Flow parts with their handles in place', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    const count = await app.page.locator('.react-flow__node').count();
    const canvas = app.testId('canvas');
    for (let i = 0; i < 12 && (await canvas.getAttribute('data-detail')) === 'full'; i++) {
      await app.page.locator('.react-flow__controls-zoomout').click();
    }
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('compact');
    await expect.poll(() => app.page.locator('.part.compact').count()).toBe(count);
    expect(await app.testId('overview-canvas').count()).toBe(0);
    expect(await misplacedHandles(app.page)).toEqual([]);
  });
});
