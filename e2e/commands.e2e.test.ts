import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../templates/index.js';
import { useApp } from './support/fixture.js';
import { layoutProblems } from './support/layout-check.js';

const ctx = useApp({ colorScheme: 'dark' });

describe('commands', () => {
  it('runs auto layout from the command palette as one undo step, leaving no overlaps', async () => {
    const { app } = ctx();
    await app.openTemplate('machine-learning');
    // offsetWidth is the size in flow units (transforms do not scale it), so the zoom level does not matter.
    const flowWidth = () => app.part('ng-gpu').evaluate((el) => (el as HTMLElement).offsetWidth);
    const before = await flowWidth();
    await app.press('Control+k');
    await app.testId('command-palette-input').fill('auto');
    await app.page.locator('[data-testid="command-palette"] [data-command-id="view.autoLayout"]').waitFor();
    await app.testId('command-palette-input').press('Enter');
    await app.testId('command-palette').waitFor({ state: 'detached' });
    await app.page.waitForSelector('[data-testid="cmd-edit.undo"]:not([disabled])');
    expect(await layoutProblems(app.page)).toEqual([]);
    await app.page.screenshot({ path: 'test-results/screenshots/auto-layout-dark.png' });
    await app.press('Control+z');
    await app.press('Shift+!');
    expect(await app.page.locator('[data-testid="cmd-edit.undo"]:not([disabled])').count()).toBe(0);
    expect(await flowWidth()).toBe(before);
  });

  it('copies and pastes a node group with its workloads into the same cluster', async () => {
    const { app } = ctx();
    await app.openTemplate('batch-processing');
    const count = loadTemplate('batch-processing').design.parts.length;
    await app.selectPart('ng-batch-spot');
    await app.press('Control+c');
    await app.press('Control+v');
    const ids = await app.partIds();
    expect(ids.length).toBeGreaterThan(count);
    const pasted = ids.filter((id) => !loadTemplate('batch-processing').design.parts.some((p) => p.id === id));
    for (const id of pasted) {
      await expect(app.part(id).getAttribute('data-parent-id')).resolves.not.toBe('');
    }
    await expect(app.page.locator(`[data-kind="managed-node-group"][data-parent-id="cluster"]`).count()).resolves.toBe(3);
    const newGroup = pasted.find((id) => id.startsWith('managed-node-group'))!;
    expect(pasted).toHaveLength(3);
    await expect(app.page.locator(`[data-kind="workload"][data-parent-id="${newGroup}"]`).count()).resolves.toBe(2);
  });

  it('copies and pastes through the clipboard events of macOS’s Edit menu roles, but leaves a field’s to the field', async () => {
    const { app } = ctx();
    await app.openTemplate('batch-processing');
    const count = (await app.partIds()).length;
    await app.selectPart('ng-batch-spot');
    // What Edit > Copy / Paste do as menu roles: the browser fires clipboard events at the focused element.
    const fire = (type: 'copy' | 'paste') =>
      app.page.evaluate(
        (t) =>
          (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent(t, { bubbles: true, cancelable: true })),
        type,
      );
    expect(await fire('copy')).toBe(false);
    expect(await fire('paste')).toBe(false);
    await expect.poll(async () => (await app.partIds()).length).toBe(count + 3);
    // In a text field the events are the field's: not cancelled, nothing pasted into the diagram.
    await app.page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe-field';
      document.body.append(input);
      input.focus();
    });
    expect(await fire('paste')).toBe(true);
    expect((await app.partIds()).length).toBe(count + 3);
    await app.page.evaluate(() => document.getElementById('probe-field')?.remove());
  });
});
