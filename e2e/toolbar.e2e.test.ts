import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture.js';
import type { AppPage } from './support/app-page.js';

const TOOLBAR_COMMANDS = [
  'file.home',
  'file.new',
  'file.open',
  'file.save',
  'edit.undo',
  'edit.redo',
  'edit.duplicate',
  'edit.delete',
  'view.fit',
  'view.autoLayout',
  'file.exportYaml',
  'file.exportPng',
  'file.exportSvg',
  'view.commandPalette',
];

/** Every control of the toolbar lies inside the window and is what the pointer hits at its middle. */
async function controlsOutsideOrCovered(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() => {
    const bad: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      '.toolbar > .toolbar-group > button, .toolbar-fixed button, .toolbar > .app-name, .toolbar > .doc-title',
    );
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      const name = el.dataset.testid ?? el.className;
      if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight || r.width < 8) {
        bad.push(`${name} outside`);
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(el === hit || el.contains(hit))) bad.push(`${name} covered`);
    }
    return bad;
  });
}

async function shownCommands(app: AppPage): Promise<string[]> {
  return app.page
    .locator('.toolbar > .toolbar-group [data-testid^="cmd-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(4)));
}

async function menuCommands(app: AppPage): Promise<string[]> {
  await app.testId('toolbar-more').click();
  const ids = await app.page
    .locator('[role="menu"] [role="menuitem"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(4)));
  await app.press('Escape');
  return ids;
}

for (const [width, height] of [
  [1280, 720],
  [1024, 720],
] as const) {
  describe(`toolbar at ${width}x${height}`, () => {
    const ctx = useApp({ width, height });

    it('fits in English and Japanese, with the cost and language switch shown and the rest in More', async () => {
      const { app } = ctx();
      await app.openTemplate('web-application');
      await app.testId('cost-total').waitFor();
      for (const lang of ['en', 'ja']) {
        if (lang === 'ja') {
          await app.runCommand('view.language');
          await app.page.locator('[data-testid="cmd-view.language"]', { hasText: 'English' }).waitFor();
        }
        await expect.poll(() => controlsOutsideOrCovered(app)).toEqual([]);
        const shown = await shownCommands(app);
        expect(shown).toContain('edit.undo');
        const inMenu = await menuCommands(app);
        for (const id of TOOLBAR_COMMANDS) expect([...shown, ...inMenu]).toContain(id);
        expect(inMenu).toContain('file.saveAs');
        expect(shown.filter((id) => inMenu.includes(id))).toEqual([]);
        await app.page.screenshot({ path: `test-results/screenshots/toolbar-${width}-${lang}.png` });
      }
    });
  });
}

describe('toolbar More menu', () => {
  const ctx = useApp({ width: 1024, height: 720 });

  it('works from the keyboard: arrows, Home/End, Enter and Escape', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const more = app.testId('toolbar-more');
    await expect(more.getAttribute('aria-haspopup')).resolves.toBe('menu');
    await more.focus();
    await app.press('ArrowDown');
    await app.page.locator('[role="menu"]').waitFor();
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    const items = await app.page
      .locator('[role="menuitem"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    expect(await focused()).toBe(items[0]);
    await app.press('ArrowDown');
    expect(await focused()).toBe(items[1]);
    await app.press('ArrowUp');
    await app.press('ArrowUp');
    expect(await focused()).toBe(items[items.length - 1]);
    await app.press('Home');
    expect(await focused()).toBe(items[0]);
    await app.press('Escape');
    await app.page.locator('[role="menu"]').waitFor({ state: 'detached' });
    expect(await focused()).toBe('toolbar-more');

    // Enter on the button opens the menu again; Enter on "Show/hide minimap" runs it and closes the menu.
    await app.page.locator('.react-flow__minimap').waitFor();
    await app.press('Enter');
    const minimap = app.page.locator('[role="menuitem"][data-testid="cmd-view.toggleMinimap"]');
    await app.press('End');
    while ((await focused()) !== 'cmd-view.toggleMinimap') await app.press('ArrowUp');
    await expect(minimap.count()).resolves.toBe(1);
    await app.press('Enter');
    await app.page.locator('.react-flow__minimap').waitFor({ state: 'detached' });
    await app.page.locator('[role="menu"]').waitFor({ state: 'detached' });
  });
});
