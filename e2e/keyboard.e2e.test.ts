/** The editor without a mouse: palette items by Tab and Enter, "Add part…" in the command palette, focus rings. */
import { describe, expect, it } from 'vitest';
import type { AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp({ width: 1280, height: 720 });

const activeTestId = (app: AppPage) => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

/** Presses Tab from the top of the page until `testId` has the focus; fails if it never gets it. */
async function tabTo(app: AppPage, testId: string): Promise<number> {
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 1; presses <= 120; presses++) {
    await app.press('Tab');
    if ((await activeTestId(app)) === testId) return presses;
  }
  throw new Error(`Tab never reached ${testId}`);
}

async function childrenOf(app: AppPage, parentId: string, kind: string): Promise<string[]> {
  return app.page
    .locator(`.react-flow__node [data-kind="${kind}"][data-parent-id="${parentId}"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-part-id')!));
}

/** The outline drawn around a focused part's box (React Flow's own focus style is none). */
function focusOutline(app: AppPage, partId: string) {
  return app.page
    .locator(`.react-flow__node[data-id="${partId}"] > .part`)
    .evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`);
}

describe('keyboard', () => {
  it('reaches a palette item with Tab and adds it into the selected VPC with Enter', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('vpc');
    const before = await childrenOf(app, 'vpc', 'subnet');

    await tabTo(app, 'palette-add-subnet');
    await app.press('Enter');
    await expect.poll(() => childrenOf(app, 'vpc', 'subnet')).toHaveLength(before.length + 1);
    const added = (await childrenOf(app, 'vpc', 'subnet')).find((id) => !before.includes(id))!;
    await app.page.locator(`[data-testid="inspector"] [data-inspected-part-id="${added}"]`).waitFor();
    await expect.poll(() => app.testId('announcer').textContent()).toMatch(/^Subnet added to web-vpc$/);
    // The focus stays on the palette item, so Enter adds another.
    expect(await activeTestId(app)).toBe('palette-add-subnet');

    // One undo step takes it away.
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.press('Control+z');
    await expect.poll(() => childrenOf(app, 'vpc', 'subnet')).toHaveLength(before.length);
  });

  it('adds a workload with "Add part…" in the command palette and moves the focus, with a visible ring, to it', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    const before = await childrenOf(app, 'ng-web', 'workload');

    await app.press('Control+k');
    await app.testId('command-palette-input').fill('add part');
    await app.page.locator('[data-command-id="edit.addPart"]').waitFor();
    await app.press('Enter');
    await app.testId('add-part-input').waitFor();
    await app.testId('add-part-input').fill('workl');
    await app.press('Enter');
    await app.testId('add-part-palette').waitFor({ state: 'detached' });

    await expect.poll(() => childrenOf(app, 'ng-web', 'workload')).toHaveLength(before.length + 1);
    const added = (await childrenOf(app, 'ng-web', 'workload')).find((id) => !before.includes(id))!;
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(added);
    await expect.poll(() => focusOutline(app, added)).toBe('solid 3px');
    await app.page.screenshot({ path: 'test-results/screenshots/keyboard-added-workload.png' });

    // A part that is not focused has no ring.
    expect(await focusOutline(app, 'wl-web')).toMatch(/^none/);
  });

  it('says which container to select when a part cannot stand on its own', async () => {
    const { app } = ctx();
    await app.newDesign();
    await tabTo(app, 'palette-add-workload');
    await app.press('Enter');
    await expect(app.testId('banner').textContent()).resolves.toContain('To add a Workload, first select the');
    expect(await app.partIds()).toEqual([]);
  });

  it('names connections for people and rings the focused one', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const edge = app.page.locator('.react-flow__edge[data-id="conn-1"]');
    await expect(edge.getAttribute('aria-label')).resolves.toBe('Application Load Balancer web-alb to Workload web (Traffic)');
    await expect(app.page.locator('.react-flow__edge[data-id="conn-2"]').getAttribute('aria-label')).resolves.toBe(
      'ECR repository web-app-web to Workload web (Image pull)',
    );
    const stroke = () => edge.locator('.react-flow__edge-path').evaluate((el) => getComputedStyle(el).strokeWidth);
    const unfocused = await stroke();
    // Focus arrives from the keyboard (a key press first, so the browser shows it as keyboard focus).
    await app.press('Shift');
    await edge.focus();
    await expect.poll(stroke).toBe('3px');
    expect(unfocused).not.toBe('3px');
  });
});
