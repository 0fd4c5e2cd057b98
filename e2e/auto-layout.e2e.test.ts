/** Auto layout on every template: screenshots for review, and the same checks as opening one. */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/index.js';
import { useApp } from './support/fixture.js';
import { layoutProblems } from './support/layout-check.js';

const ctx = useApp();

describe('auto layout', () => {
  it.each(TEMPLATES.map((t) => t.id))('lays out %s with every part inside its parent and no overlaps', async (id) => {
    const { app } = ctx();
    await app.openTemplate(id);
    await app.runCommand('view.autoLayout');
    await app.page.waitForSelector('[data-testid="cmd-edit.undo"]:not([disabled])');
    await app.runCommand('view.fit');
    // The fit animates nothing, but React Flow applies it on the next frame.
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await mkdir('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: `test-results/screenshots/auto-layout-${id}.png` });
    expect(await layoutProblems(app.page)).toEqual([]);
  });
});
