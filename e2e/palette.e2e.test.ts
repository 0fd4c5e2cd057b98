import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { PART_KINDS } from '../shared/model/parts.js';
import { dropPlan } from './support/drop-plan.js';
import { useApp } from './support/fixture.js';
import type { AppPage } from './support/app-page.js';

// A wide window so a whole VPC fits on the canvas at zoom 1.
const ctx = useApp({ width: 2400, height: 1400 });
beforeAll(() => mkdir('test-results/screenshots', { recursive: true }));

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
    const drops = dropPlan();
    expect(drops.map((d) => d.kind).sort()).toEqual([...PART_KINDS].sort());
    const o = await canvasOrigin(app);
    for (const drop of drops) {
      // Into its typical parent (the first one on the canvas), at the middle of it as it is now.
      const at =
        drop.parentKind === undefined
          ? { x: o.x + drop.x, y: o.y + drop.y }
          : await app
              .boxOf(app.partsOfKind(drop.parentKind).first())
              .then((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }));
      await app.dropFromPalette(drop.kind, at);
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
