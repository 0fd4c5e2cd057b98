import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, loadTemplate } from '../templates/index.js';
import { useApp } from './support/fixture.js';
import { layoutProblems } from './support/layout-check.js';
import { misplacedHandles } from './support/handle-check.js';

const ctx = useApp();

describe('templates', () => {
  it('lists the six templates on the start screen', async () => {
    const { app } = ctx();
    for (const t of TEMPLATES) {
      await expect(app.testId(`template-${t.id}`).textContent()).resolves.toContain(t.title.en);
    }
    await mkdir('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: 'test-results/screenshots/start.png' });
  });

  it.each(TEMPLATES.map((t) => t.id))('opens %s, draws every part inside its parent with no overlaps', async (id) => {
    const { app } = ctx();
    await app.openTemplate(id);
    const design = loadTemplate(id).design;
    const ids = await app.partIds();
    expect(ids.sort()).toEqual(design.parts.map((p) => p.id).sort());
    for (const p of design.parts) {
      await expect(app.part(p.id).getAttribute('data-kind')).resolves.toBe(p.kind);
    }
    expect(await app.page.locator('.react-flow__edge').count()).toBe(design.connections.length);
    await app.runCommand('view.fit');
    await mkdir('test-results/screenshots', { recursive: true });
    await app.page.screenshot({ path: `test-results/screenshots/${id}.png` });
    expect(await layoutProblems(app.page)).toEqual([]);
    expect(await app.page.locator('.react-flow__handle').count()).toBeGreaterThan(0);
    expect(await misplacedHandles(app.page)).toEqual([]);
  });
});
