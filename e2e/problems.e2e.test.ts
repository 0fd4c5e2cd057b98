/** The problems panel leads somewhere: shows a finding's part, copies the rule id, applies a rule's fix. */
import { mkdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Design } from '../shared/model/design.js';
import { loadTemplate } from '../templates/index.js';
import type { AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';
import { openDesign } from './support/open-design.js';

const ctx = useApp({ width: 1280, height: 720 });

/** The web application template with the cluster's Metrics Server off: its HPA workload gets an error. */
function withoutMetricsServer(): Design {
  const design = structuredClone(loadTemplate('web-application').design);
  const cluster = design.parts.find((p) => p.id === 'cluster')!;
  if (cluster.kind !== 'cluster') throw new Error('the template has no cluster');
  cluster.props.addons.metricsServer = false;
  return design;
}

const METRICS = '[data-testid="problem"][data-rule-id="as.hpa-metrics-server"]';

async function selectedIds(app: AppPage): Promise<string[]> {
  return app.page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
}

describe('problems panel', () => {
  it("selects and centres only a finding's first part, outlines the others, and names parts with their problem count", async () => {
    const { app, tmp } = ctx();
    await openDesign(app, tmp, withoutMetricsServer());
    const problem = app.page.locator(METRICS);
    await expect(problem.getAttribute('data-part-ids')).resolves.toBe('wl-web cluster');

    await problem.locator('[data-testid="problem-show"]').click();
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="wl-web"]').waitFor();
    expect(await selectedIds(app)).toEqual(['wl-web']);
    await app.page.locator('.react-flow__node.highlighted[data-id="cluster"]').waitFor();
    expect(await app.page.locator('.react-flow__node.highlighted').count()).toBe(1);
    // The part is centred in the canvas.
    const canvas = await app.boxOf(app.testId('canvas'));
    await expect
      .poll(async () => {
        const c = await app.centreOf('wl-web');
        return Math.abs(c.x - (canvas.x + canvas.width / 2)) < 40 && Math.abs(c.y - (canvas.y + canvas.height / 2)) < 40;
      })
      .toBe(true);

    // Screen readers hear kind, name and the problem count; the marker says the count, not just "Error".
    await expect(app.page.locator('.react-flow__node[data-id="wl-web"]').getAttribute('aria-label')).resolves.toBe(
      'Workload web, 1 error',
    );
    await expect(app.part('wl-web').locator('[data-testid="problem-marker"]').getAttribute('title')).resolves.toBe('1 error');
    await expect(app.testId('problem-counts').textContent()).resolves.toBe('1 error');

    // Selecting something else drops the outline.
    await app.selectPart('ng-web');
    await app.page.locator('.react-flow__node.highlighted').waitFor({ state: 'detached' });

    // The keyboard does the same as the mouse.
    await problem.locator('[data-testid="problem-show"]').focus();
    await app.press('Enter');
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="wl-web"]').waitFor();
    expect(await selectedIds(app)).toEqual(['wl-web']);
  });

  it('shows the rule id and copies it to the clipboard', async () => {
    const { app, tmp, context, url } = ctx();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await openDesign(app, tmp, withoutMetricsServer());
    const problem = app.page.locator(METRICS);
    await expect(problem.locator('[data-testid="problem-rule-id"]').textContent()).resolves.toBe('as.hpa-metrics-server');
    await problem.locator('[data-testid="copy-rule-id"]').click();
    // The clipboard write is asynchronous: the status follows once it is done.
    await expect.poll(() => app.testId('announcer').textContent()).toBe('Copied as.hpa-metrics-server');
    await expect(app.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('as.hpa-metrics-server');
    // Copying does not select anything.
    expect(await selectedIds(app)).toEqual([]);
  });

  it('applies a fix as one undo step: the finding goes, Ctrl+Z brings it back', async () => {
    const { app, tmp } = ctx();
    await openDesign(app, tmp, withoutMetricsServer());
    const problem = app.page.locator(METRICS);
    // A finding whose rule has no fix offers none.
    expect(
      await app.page
        .locator('[data-testid="problem"]:not([data-rule-id="as.hpa-metrics-server"]) [data-testid="apply-fix"]')
        .count(),
    ).toBe((await app.page.locator('[data-testid="problem"] [data-testid="apply-fix"]').count()) - 1);
    await mkdir('test-results/screenshots', { recursive: true });
    await problem.locator('[data-testid="problem-show"]').click();
    await app.page.locator('.react-flow__node.highlighted[data-id="cluster"]').waitFor();
    await problem.locator('[data-testid="apply-fix"]').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: 'test-results/screenshots/problems-apply-fix-en.png' });

    await problem.locator('[data-testid="apply-fix"]').click();
    await problem.waitFor({ state: 'detached' });
    await expect.poll(() => app.testId('announcer').textContent()).toContain('Fix applied for as.hpa-metrics-server');
    await app.part('wl-web').locator('[data-testid="problem-marker"]').waitFor({ state: 'detached' });
    await expect(app.testId('doc-title').getAttribute('data-dirty')).resolves.toBe('true');

    await app.page.locator('body').focus();
    await app.press('Control+z');
    await problem.waitFor();
    await expect(app.testId('doc-title').getAttribute('data-dirty')).resolves.toBe('false');
    await app.press('Control+Shift+z');
    await problem.waitFor({ state: 'detached' });
  });

  it('reads in Japanese: counted badges and the fix button', async () => {
    const { app, tmp, url } = ctx();
    // Chosen the way a returning user has it (the toolbar's switch may sit in an overflow menu at this width).
    await app.page.evaluate(() => localStorage.setItem('eks-sandbox.language', 'ja'));
    await app.goto(url);
    await app.page.locator('[data-lang="ja"]').waitFor();
    await openDesign(app, tmp, withoutMetricsServer());
    const problem = app.page.locator(METRICS);
    await problem.locator('[data-testid="problem-show"]').click();
    await app.page.locator('.react-flow__node.highlighted[data-id="cluster"]').waitFor();
    await expect(app.testId('problem-counts').textContent()).resolves.toBe('エラー 1 件');
    await expect(problem.locator('[data-testid="apply-fix"]').textContent()).resolves.toBe('修正を適用');
    await expect(app.page.locator('.react-flow__node[data-id="wl-web"]').getAttribute('aria-label')).resolves.toBe(
      'ワークロード web、エラー 1 件',
    );
    await mkdir('test-results/screenshots', { recursive: true });
    await problem.locator('[data-testid="apply-fix"]').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: 'test-results/screenshots/problems-apply-fix-ja.png' });
  });

  it("names where in cluster.yaml a finding of eksctl's own validation is, for a field an import carried through", async () => {
    const { app } = ctx();
    // iam.serviceAccounts is not drawn on the canvas; eksctl still refuses it without iam.withOIDC.
    const yaml = await readFile('shared/rules/fixtures/faulty/iam-service-accounts-without-oidc.yaml', 'utf8');
    await app.dropFile('irsa.yaml', yaml);
    const problem = app.page.locator('[data-testid="problem"][data-rule-id="eksctl.service-accounts-oidc"]');
    await problem.waitFor();
    await expect(problem.getAttribute('data-severity')).resolves.toBe('error');
    await expect(problem.locator('[data-testid="problem-config-path"]').textContent()).resolves.toBe(
      'In cluster.yaml at iam.withOIDC',
    );
    await expect(problem.locator('.message').textContent()).resolves.toContain('iam.withOIDC must be enabled explicitly');
  });
});
