/**
 * The README's pictures, taken at 1280x720 from the app as a user sees it, with checks that each shows
 * what its caption says (readable cards, the structured inspector, a fixable problem in Japanese, the cost
 * panel, an exported SVG). `docs/screenshots/` holds copies of the files written to
 * test-results/screenshots/readme/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './support/fixture.js';
import { exportImage } from './support/image-export.js';
import type { AppPage } from './support/app-page.js';

const ctx = useApp({ width: 1280, height: 720 });
const OUT = 'test-results/screenshots/readme';
beforeAll(() => mkdir(OUT, { recursive: true }));

/** The smallest on-screen font size of the part names in view, in CSS pixels. */
function smallestNameOnScreen(app: AppPage): Promise<number> {
  return app.page.evaluate(() => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const names = [...document.querySelectorAll<HTMLElement>('.react-flow__node .part-name')];
    return Math.min(...names.map((n) => parseFloat(getComputedStyle(n).fontSize) * zoom));
  });
}

describe('README screenshots', () => {
  it('start screen', async () => {
    const { app } = ctx();
    await expect(app.testId('template-microservices').isVisible()).resolves.toBe(true);
    await app.page.screenshot({ path: join(OUT, 'start-screen.png') });
  });

  it('the microservices template at its opening zoom, a node group in the structured inspector', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    expect(await smallestNameOnScreen(app)).toBeGreaterThanOrEqual(11);
    await app.selectPart('ng-backend');
    // Instance types are a picker with the type's facts, not a text box.
    await app.page.locator('[data-inspected-part-id="ng-backend"]').waitFor();
    await expect(app.testId('instance-chip').count()).resolves.toBeGreaterThan(0);
    await app.page.screenshot({ path: join(OUT, 'editor-microservices.png') });
  });

  it('a problem in Japanese with its fix one click away', async () => {
    const { app } = ctx();
    await app.runCommand('view.language');
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    // Sizes out of order: a minimum above the maximum.
    const min = app.testId('field-minSize');
    await min.fill('50');
    await min.press('Enter');
    const problem = app.page.locator('[data-testid="problem"][data-rule-id="ng.scaling-order"]');
    await problem.waitFor();
    await problem.click();
    await expect(problem.locator('[data-testid="apply-fix"]').isVisible()).resolves.toBe(true);
    await expect(problem.textContent()).resolves.toContain('修正方法');
    await app.page.screenshot({ path: join(OUT, 'editor-japanese-problem.png') });
  });

  it('the cost panel', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    await app.testId('cost-total').click();
    await app.testId('cost-panel').waitFor();
    await app.page.screenshot({ path: join(OUT, 'editor-cost.png') });
  });

  it('the microservices template exported as SVG', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    const svg = await exportImage(app, 'svg');
    const text = svg.bytes.toString('utf8');
    expect(text).not.toContain('foreignObject');
    await writeFile(join(OUT, 'export-microservices.svg'), text);
  });
});
