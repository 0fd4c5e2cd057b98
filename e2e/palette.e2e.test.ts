import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { PART_KINDS } from '../shared/model/parts.js';
import { useApp } from './support/fixture.js';
import type { AppPage } from './support/app-page.js';

// A wide window so a whole VPC fits on the canvas at zoom 1.
const ctx = useApp({ width: 2400, height: 1400 });
beforeAll(() => mkdir('test-results/screenshots', { recursive: true }));

/** Drop points relative to the canvas's top-left, in the order parts need their containers. */
const DROPS: { kind: (typeof PART_KINDS)[number]; x: number; y: number; parentKind?: string }[] = [
  { kind: 'ecr', x: 110, y: 100 },
  { kind: 'cloud-map', x: 110, y: 220 },
  { kind: 'api-gateway', x: 110, y: 340 },
  { kind: 'on-prem-network', x: 120, y: 460 },
  { kind: 'vpc', x: 260, y: 40 },
  { kind: 'subnet', x: 380, y: 130, parentKind: 'vpc' },
  { kind: 'alb', x: 380, y: 250, parentKind: 'vpc' },
  { kind: 'nlb', x: 380, y: 370, parentKind: 'vpc' },
  { kind: 'cluster', x: 520, y: 100, parentKind: 'vpc' },
  { kind: 'managed-node-group', x: 540, y: 160, parentKind: 'cluster' },
  { kind: 'self-managed-node-group', x: 840, y: 160, parentKind: 'cluster' },
  { kind: 'fargate-profile', x: 540, y: 345, parentKind: 'cluster' },
  { kind: 'workload', x: 680, y: 260, parentKind: 'managed-node-group' },
];

async function canvasOrigin(app: AppPage) {
  const box = await app.boxOf(app.page.locator('.react-flow__pane'));
  return { x: box.x, y: box.y };
}

async function parentKindOf(app: AppPage, kind: string): Promise<string> {
  const parentId = await app.partsOfKind(kind).first().getAttribute('data-parent-id');
  if (!parentId) return '';
  return (await app.part(parentId).getAttribute('data-kind')) ?? '';
}

describe('palette', () => {
  it('has every part kind, and each can be dragged onto the canvas into the right container', async () => {
    const { app } = ctx();
    await app.newDesign();
    expect(DROPS.map((d) => d.kind).sort()).toEqual([...PART_KINDS].sort());
    const o = await canvasOrigin(app);
    for (const drop of DROPS) {
      await app.dropFromPalette(drop.kind, { x: o.x + drop.x, y: o.y + drop.y });
      await app.partsOfKind(drop.kind).first().waitFor();
      expect(await parentKindOf(app, drop.kind), drop.kind).toBe(drop.parentKind ?? '');
    }
    expect(await app.partIds()).toHaveLength(PART_KINDS.length);
    await app.page.screenshot({ path: 'test-results/screenshots/all-kinds.png' });
  });

  it('refuses a part that needs a container when dropped on the empty canvas, with a message', async () => {
    const { app } = ctx();
    await app.newDesign();
    const o = await canvasOrigin(app);
    await app.dropFromPalette('workload', { x: o.x + 300, y: o.y + 300 });
    await expect(app.testId('banner').textContent()).resolves.toMatch(/Workload must be dropped inside/);
    expect(await app.partIds()).toEqual([]);
  });

  it('moves a node group into another cluster by dragging it there', async () => {
    const { app } = ctx();
    await app.newDesign();
    const o = await canvasOrigin(app);
    await app.dropFromPalette('vpc', { x: o.x + 20, y: o.y + 20 });
    await app.dropFromPalette('cluster', { x: o.x + 40, y: o.y + 80 });
    await app.dropFromPalette('cluster', { x: o.x + 40, y: o.y + 500 });
    // Shrink nothing: the second cluster made the VPC grow; drop a node group into the first one.
    await app.dropFromPalette('managed-node-group', { x: o.x + 60, y: o.y + 140 });
    const ng = app.partsOfKind('managed-node-group').first();
    await expect(ng.getAttribute('data-parent-id')).resolves.toBe('cluster-1');

    const from = await app.boxOf(ng);
    const target = await app.boxOf(app.part('cluster-2'));
    const start = { x: from.x + 60, y: from.y + 12 };
    const end = { x: target.x + 80 + 60, y: target.y + 70 + 12 };
    await app.page.mouse.move(start.x, start.y);
    await app.page.mouse.down();
    await app.page.mouse.move(start.x + 20, start.y + 20, { steps: 4 });
    await app.page.mouse.move(end.x, end.y, { steps: 12 });
    await app.page.mouse.up();
    await app.page.waitForSelector('[data-kind="managed-node-group"][data-parent-id="cluster-2"]');

    // One drag, one undo step: undo puts it back in the first cluster.
    await app.press('Control+z');
    await app.page.waitForSelector('[data-kind="managed-node-group"][data-parent-id="cluster-1"]');
  });
});
