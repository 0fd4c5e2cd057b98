/**
 * A big design opens zoomed out, where parts are drawn as compact boxes (renderer/flow/detail.ts): every
 * part and every connection must still be drawn, handles must sit where React Flow draws edges from, and
 * zooming in must bring the full cards back with their edges.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign, toDocument } from '../shared/model/document.js';
import { generateDesign } from '../bench/generate-design.js';
import { useApp } from './support/fixture.js';
import { misplacedHandles } from './support/handle-check.js';

const ctx = useApp({ width: 1400, height: 900 });

describe('a large design', () => {
  it('opens zoomed out as compact parts with every edge, and shows full cards when zoomed in', async () => {
    const { app, tmp } = ctx();
    const design = generateDesign(400);
    const path = join(tmp, 'large.eksdesign');
    await writeFile(path, serializeDesign(toDocument(design)));
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
    await chooser.setFiles(path);

    const canvas = app.testId('canvas');
    await expect.poll(() => app.page.locator('.react-flow__node').count()).toBe(design.parts.length);
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('compact');
    await expect.poll(() => app.page.locator('.react-flow__edge').count()).toBe(design.connections.length);
    expect(await app.page.locator('.part.compact').count()).toBe(design.parts.length);
    expect(await misplacedHandles(app.page)).toEqual([]);
    await mkdir('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: 'test-results/screenshots/large-compact.png' });
    // The name is still there for whoever points at a part.
    const web = design.parts.find((p) => p.id === 's0-web')!;
    await expect(app.part('s0-web').getAttribute('title')).resolves.toContain(web.name);

    // Zoom in: full cards with names and real handles where the edges are drawn from.
    for (let i = 0; i < 12 && (await canvas.getAttribute('data-detail')) === 'compact'; i++) {
      await app.page.locator('.react-flow__controls-zoomin').click();
    }
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('full');
    await expect.poll(() => app.page.locator('.part.card .part-name').count()).toBeGreaterThan(0);
    expect(await app.page.locator('.part.compact').count()).toBe(0);
    expect(await misplacedHandles(app.page)).toEqual([]);
    await app.page.screenshot({ path: 'test-results/screenshots/large-zoomed-in.png' });
  });
});
