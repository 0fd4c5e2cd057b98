import { describe, expect, it } from 'vitest';
import { CONNECTION_LOOKS, type ConnectionKind } from '../shared/model/connection-kinds.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addPart, connect, resizePart } from '../shared/editor/commands.js';
import { CURRENT_SCHEMA_VERSION, DESIGN_FORMAT, type Design } from '../shared/model/design.js';
import { MAX_ROUTED_PARTS } from '../renderer/flow/edges/route-obstacles.js';
import { loadTemplate } from '../templates/index.js';
import { useApp } from './support/fixture.js';
import { exportImage } from './support/image-export.js';
import type { AppPage } from './support/app-page.js';

const ctx = useApp({ width: 1600, height: 1000 });

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

function edge(app: AppPage, id: string) {
  return app.page.locator(`.react-flow__edge[data-id="${id}"]`);
}

/** How an edge is drawn: its kind class, stroke colour, dash, and the fill of the marker at its end. */
async function edgeLook(app: AppPage, id: string) {
  return edge(app, id).evaluate((g) => {
    const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
    const style = getComputedStyle(path);
    const marker = path.getAttribute('marker-end') ?? '';
    const markerId = /url\(['"]?#([^'")]+)/.exec(marker)?.[1];
    const markerPath = markerId ? document.getElementById(markerId)?.querySelector('polyline, path') : null;
    return {
      className: g.getAttribute('class') ?? '',
      stroke: style.stroke,
      dash: style.strokeDasharray,
      markerFill: markerPath ? getComputedStyle(markerPath).fill : null,
      ariaLabel: g.getAttribute('aria-label'),
    };
  });
}

/** Page points along an edge's line, every few pixels. */
async function pointsOnEdge(app: AppPage, id: string): Promise<{ x: number; y: number }[]> {
  return edge(app, id).evaluate((g) => {
    const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
    const m = path.getScreenCTM()!;
    const out: { x: number; y: number }[] = [];
    const len = path.getTotalLength();
    for (let l = 0; l <= len; l += 3) {
      const p = path.getPointAtLength(l).matrixTransform(m);
      out.push({ x: p.x, y: p.y });
    }
    return out;
  });
}

/** A point on the edge where the edge itself is what the pointer would hit. */
/** Waits until the view stops moving (selecting a part centres it with a short animation), read from an edge's box. */
async function viewSettled(app: AppPage, id: string): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const box = JSON.stringify(await app.page.locator(`.react-flow__edge[data-id="${id}"] path`).first().boundingBox());
        const same = box === last;
        last = box;
        return same;
      },
      { interval: 150 },
    )
    .toBe(true);
}

async function clickableEdgePoint(app: AppPage, id: string): Promise<{ x: number; y: number }> {
  await viewSettled(app, id);
  const points = await pointsOnEdge(app, id);
  const hit = await app.page.evaluate(
    ({ points, id }) =>
      points.find((p) => document.elementFromPoint(p.x, p.y)?.closest('.react-flow__edge')?.getAttribute('data-id') === id),
    { points, id },
  );
  if (!hit) throw new Error(`no clickable point on ${id}`);
  return hit;
}

describe('connections', () => {
  it('draws each kind of connection in its colour and dash with an arrowhead, with a legend', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    const expected: Record<string, ConnectionKind> = {};
    const ids = await app.page.locator('.react-flow__edge').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')!));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const look = await edgeLook(app, id);
      const kind = /kind-([a-z-]+)/.exec(look.className)?.[1] as ConnectionKind;
      expect(Object.keys(CONNECTION_LOOKS)).toContain(kind);
      expected[id] = kind;
      expect(look.stroke).toBe(rgb(CONNECTION_LOOKS[kind].color));
      expect(look.markerFill).toBe(rgb(CONNECTION_LOOKS[kind].color));
      expect(look.dash === 'none' ? '' : look.dash.replace(/px/g, '').replace(/,/g, '')).toBe(CONNECTION_LOOKS[kind].dash);
    }
    expect(new Set(Object.values(expected))).toEqual(new Set(['traffic', 'image-pull', 'service-registration']));

    const legend = app.testId('connection-legend');
    await expect(legend.locator('li').allTextContents()).resolves.toEqual([
      'Traffic',
      'Image pull',
      'Service registration',
      'VPN / Direct Connect',
    ]);
    await app.page.screenshot({ path: 'test-results/screenshots/connections-en.png' });
    await app.testId('connection-legend-toggle').click();
    await expect(legend.locator('li').count()).resolves.toBe(0);
    await app.testId('connection-legend-toggle').click();
    await expect(legend.locator('li').count()).resolves.toBe(4);
  });

  it('draws a VPN connection in its own colour', async () => {
    const { app } = ctx();
    await app.openTemplate('hybrid-cloud');
    const vpn = app.page.locator('.react-flow__edge.kind-vpn');
    await expect(vpn.count()).resolves.toBe(1);
    const look = await edgeLook(app, (await vpn.getAttribute('data-id'))!);
    expect(look.stroke).toBe(rgb(CONNECTION_LOOKS.vpn.color));
    expect(look.markerFill).toBe(rgb(CONNECTION_LOOKS.vpn.color));
  });

  it('names connections by their parts for screen readers', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const look = await edgeLook(app, 'conn-1');
    expect(look.ariaLabel).toBe('Application Load Balancer web-alb to Workload web (Traffic)');
  });

  it('routes connections around cards and title bars instead of under them', async () => {
    const { app } = ctx();
    for (const template of ['web-application', 'microservices']) {
      if (template !== 'web-application') await app.runCommand('file.home');
      await app.openTemplate(template);
      for (const c of loadTemplate(template).design.connections) {
        const id = c.id;
        const points = await pointsOnEdge(app, id);
        const under = await edge(app, id).evaluate(
          (g, { points, ends }) => {
            const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
              .filter((n) => !ends.includes(n.dataset.id!))
              .map((n) => n.querySelector<HTMLElement>('.part.card') ?? n.querySelector<HTMLElement>('.group-header'))
              .filter((el): el is HTMLElement => el !== null)
              .map((el) => ({ name: el.closest<HTMLElement>('.react-flow__node')!.dataset.id!, r: el.getBoundingClientRect() }));
            const hits = new Set<string>();
            for (const p of points)
              for (const { name, r } of boxes)
                if (p.x > r.left + 2 && p.x < r.right - 2 && p.y > r.top + 2 && p.y < r.bottom - 2) hits.add(name);
            return [...hits];
          },
          { points, ends: [c.from, c.to] },
        );
        expect({ id, under }).toEqual({ id, under: [] });
      }
    }
    await app.page.screenshot({ path: 'test-results/screenshots/connections-routed.png' });
  });

  it('selects a container by its title bar even where a connection passes under it', async () => {
    const { app, tmp } = ctx();
    // Too many parts to route each connection (route-obstacles.ts), so the ALB's line takes the plain step
    // path, straight down through the cluster's title bar.
    let d: Design = { name: 'title bar', description: '', parts: [], connections: [] };
    d = addPart(d, 'vpc', { position: { x: 0, y: 0 } }).design;
    d = resizePart(d, 'vpc-1', { width: 1200, height: 700 });
    d = addPart(d, 'alb', { parentId: 'vpc-1', position: { x: 40, y: 60 } }).design;
    d = addPart(d, 'cluster', { parentId: 'vpc-1', position: { x: 300, y: 200 } }).design;
    d = resizePart(d, 'cluster-1', { width: 800, height: 400 });
    d = addPart(d, 'workload', { parentId: 'cluster-1', position: { x: 400, y: 120 } }).design;
    d = connect(d, 'alb-1', 'workload-1').design;
    for (let i = 0; i < MAX_ROUTED_PARTS; i++)
      d = addPart(d, 'ecr', { position: { x: (i % 10) * 130, y: 760 + Math.floor(i / 10) * 100 } }).design;
    const file = join(tmp, 'title-bar.eksdesign');
    await writeFile(file, JSON.stringify({ format: DESIGN_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, design: d }));
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
    await chooser.setFiles(file);
    await edge(app, 'conn-1').waitFor();

    const header = await app.boxOf(app.part('cluster-1').locator('.group-header'));
    const points = await pointsOnEdge(app, 'conn-1');
    const onTitle = points.find(
      (p) => p.x > header.x + 4 && p.x < header.x + header.width - 4 && p.y > header.y + 3 && p.y < header.y + header.height - 3,
    );
    expect(onTitle).toBeDefined();
    await app.page.mouse.click(onTitle!.x, onTitle!.y);
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="cluster-1"]').waitFor();
    expect(await app.page.locator('.react-flow__edge.selected').count()).toBe(0);
  });

  it('shows a selected connection in the inspector, selects its ends, and deletes it as one undo step', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const at = await clickableEdgePoint(app, 'conn-1');
    await app.page.mouse.click(at.x, at.y);
    const inspector = app.page.locator('[data-testid="inspector"] [data-inspected-connection-id="conn-1"]');
    await inspector.waitFor();
    await expect(app.testId('connection-kind').textContent()).resolves.toBe('Traffic');
    await expect(app.testId('connection-from').textContent()).resolves.toContain('web-alb');
    await expect(app.testId('connection-to').textContent()).resolves.toContain('web');
    await app.page.screenshot({ path: 'test-results/screenshots/connection-inspector-en.png' });

    await app.testId('connection-from').click();
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="alb"]').waitFor();

    const again = await clickableEdgePoint(app, 'conn-1');
    await app.page.mouse.click(again.x, again.y);
    await inspector.waitFor();
    await app.testId('connection-delete').click();
    await edge(app, 'conn-1').waitFor({ state: 'detached' });
    await expect(app.page.locator('.react-flow__edge').count()).resolves.toBe(2);
    await app.press('Control+z');
    await edge(app, 'conn-1').waitFor();
    await expect(app.page.locator('.react-flow__edge').count()).resolves.toBe(3);
  });

  it("edits a connection's label as one undo step, draws the selected line over the cards, and exports the label in SVG", async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const at = await clickableEdgePoint(app, 'conn-1');
    await app.page.mouse.click(at.x, at.y);
    await app.page.locator('[data-testid="inspector"] [data-inspected-connection-id="conn-1"]').waitFor();
    // Selected, the line is drawn over every part (the edge layer's z-index is above every node's).
    const layers = await app.page.evaluate(() => {
      const selected = document.querySelector('.react-flow__edge.selected')!.closest('svg')!;
      const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map(
        (n) => Number(getComputedStyle(n).zIndex) || 0,
      );
      return { edge: Number(getComputedStyle(selected).zIndex) || 0, topNode: Math.max(...nodes) };
    });
    expect(layers.edge).toBeGreaterThan(layers.topNode);

    const field = app.testId('connection-label');
    const before = await field.inputValue();
    await field.fill('HTTPS :443');
    await field.press('Enter');
    await expect.poll(() => app.page.locator('.react-flow__edgelabel-renderer').textContent()).toContain('HTTPS :443');
    const { bytes } = await exportImage(app, 'svg');
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/data-connection-id="conn-1" data-role="label">[\s\S]*?<text[^>]*>HTTPS :443<\/text>/);

    // One undo puts the old label back, in the inspector too.
    await app.runCommand('edit.undo');
    await expect.poll(() => field.inputValue()).toBe(before);
    await expect.poll(() => app.page.locator('.react-flow__edgelabel-renderer').textContent()).not.toContain('HTTPS :443');
  });

  it('says why a connection is refused, next to the pointer and after letting go', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.drawConnection('ecr-web', 'alb', { release: false });
    const tip = app.testId('connection-refusal-tip');
    await expect(tip.textContent()).resolves.toBe('An ECR repository connects only to a Workload');
    await app.page.mouse.up();
    await tip.waitFor({ state: 'detached' });
    await expect.poll(() => app.testId('connection-refusal').textContent()).toBe('An ECR repository connects only to a Workload');
    // Read out by the window's one live region; the editor has no other (React Flow's own, for moving parts
    // with the keyboard, aside).
    await expect.poll(() => app.testId('announcer').textContent()).toBe('An ECR repository connects only to a Workload');
    expect(await app.page.locator('[role="status"], [aria-live]:not([id^="react-flow__aria-live"])').count()).toBe(1);

    await app.drawConnection('ecr-web', 'wl-web', { release: false });
    await expect(tip.textContent()).resolves.toBe('These two are already connected');
    await app.page.screenshot({ path: 'test-results/screenshots/connection-refused-en.png' });
    await app.page.mouse.up();
    await expect.poll(() => app.testId('connection-refusal').textContent()).toBe('These two are already connected');
    await expect(app.page.locator('.react-flow__edge').count()).resolves.toBe(3);
  });

  it('speaks Japanese in the legend, the inspector and the refusal', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.runCommand('view.language');
    await expect(app.testId('connection-legend').locator('li').first().textContent()).resolves.toBe('トラフィック');
    const look = await edgeLook(app, 'conn-1');
    expect(look.ariaLabel).toBe('アプリケーションロードバランサー（ALB） web-alb から ワークロード web へ（トラフィック）');
    await app.drawConnection('ecr-web', 'alb', { release: false });
    await expect(app.testId('connection-refusal-tip').textContent()).resolves.toBe(
      'ECR リポジトリ は ワークロード にのみ接続できます',
    );
    await app.page.mouse.up();
    const at = await clickableEdgePoint(app, 'conn-1');
    await app.page.mouse.click(at.x, at.y);
    await app.testId('connection-kind').waitFor();
    await expect(app.testId('connection-kind').textContent()).resolves.toBe('トラフィック');
    await app.page.screenshot({ path: 'test-results/screenshots/connections-ja.png' });
  });
});
