/**
 * Suppressing a finding in Chromium: from the problems panel and from the inspector, with a reason (required)
 * and an expiry; the finding moves to the collapsed Suppressed group, the rules reference counts it, and
 * Ctrl+Z / Ctrl+Shift+Z take it back and forth. Screenshots of the panel in English and Japanese.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../shared/model/design.js';
import { parseDesignText } from '../shared/model/document.js';
import { loadTemplate } from '../templates/index.js';
import { downloadText, type AppPage } from './support/app-page.js';
import { seriousViolations } from './support/axe.js';
import { useApp } from './support/fixture.js';
import { openDesign } from './support/open-design.js';

const ctx = useApp({ width: 1280, height: 720 });
beforeAll(() => mkdir('test-results/screenshots', { recursive: true }));

/** The web application template with the cluster's Metrics Server off: its HPA workload gets an error. */
function withoutMetricsServer(): Design {
  const design = structuredClone(loadTemplate('web-application').design);
  const cluster = design.parts.find((p) => p.id === 'cluster')!;
  if (cluster.kind !== 'cluster') throw new Error('the template has no cluster');
  cluster.props.addons.metricsServer = false;
  return design;
}

const RULE = 'as.hpa-metrics-server';
const ACTIVE = `[data-testid="problems"] > ul > [data-testid="problem"][data-rule-id="${RULE}"]`;
const SUPPRESSED = `[data-testid="suppressed-group"] [data-testid="problem"][data-rule-id="${RULE}"]`;

async function suppressFromDialog(app: AppPage, reason: string, expires?: string): Promise<void> {
  const dialog = app.testId('suppress-dialog');
  await dialog.waitFor();
  // The reason is required: Suppress without one says so and keeps the dialog open.
  await app.testId('suppress-confirm').click();
  await app.testId('suppress-reason-error').waitFor();
  await app.testId('suppress-reason').fill(reason);
  if (expires !== undefined) await app.testId('suppress-expires').fill(expires);
  await app.testId('suppress-confirm').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('suppressions', () => {
  it('suppresses a finding from the problems panel with a reason, shows it in the collapsed group, and undoes', async () => {
    const { app, tmp } = ctx();
    await openDesign(app, tmp, withoutMetricsServer());
    const active = app.page.locator(ACTIVE);
    await expect(app.testId('problem-counts').textContent()).resolves.toBe('1 error');
    const button = active.locator('[data-testid="suppress-rule"]');
    await expect(button.textContent()).resolves.toBe('Suppress this rule for this part…');
    await expect(button.getAttribute('aria-label')).resolves.toBe(`Suppress this rule for this part… (${RULE} for web)`);
    await button.click();
    await expect(app.testId('suppress-dialog').locator('h2').textContent()).resolves.toBe(`Suppress ${RULE}`);
    await app.page.screenshot({ path: 'test-results/screenshots/suppress-dialog-en.png' });
    expect(await seriousViolations(app.page, '[data-testid="suppress-dialog"]')).toEqual([]);
    await suppressFromDialog(app, 'KEDA serves the metrics in this cluster', '2099-12-31');

    await active.waitFor({ state: 'detached' });
    await expect(app.testId('problem-counts').textContent()).resolves.toBe('');
    await app.part('wl-web').locator('[data-testid="problem-marker"]').waitFor({ state: 'detached' });
    await expect.poll(() => app.testId('announcer').textContent()).toBe(`Suppressed ${RULE}. Undo with Ctrl+Z.`);
    // Collapsed: the summary counts it, the finding shows once the group is opened.
    await expect(app.testId('suppressed-summary').textContent()).resolves.toBe('Suppressed (1)');
    const suppressed = app.page.locator(SUPPRESSED);
    expect(await suppressed.isVisible()).toBe(false);
    await app.testId('suppressed-summary').click();
    await suppressed.waitFor();
    await expect(suppressed.locator('[data-testid="suppression-reason"]').textContent()).resolves.toBe(
      'KEDA serves the metrics in this cluster',
    );
    await expect(suppressed.locator('.suppression-expires').textContent()).resolves.toBe('Expires 2099-12-31');
    expect(await suppressed.locator('[data-testid="apply-fix"], [data-testid="suppress-rule"]').count()).toBe(0);
    await app.page.screenshot({ path: 'test-results/screenshots/problems-suppressed-en.png' });
    expect(await seriousViolations(app.page, '[data-testid="problems"]')).toEqual([]);

    // The inspector of the part lists it with a Remove button.
    await app.selectPart('wl-web');
    const row = app.page.locator(`[data-testid="inspector-suppression"][data-rule-id="${RULE}"]`);
    await expect(row.locator('.suppression-reason').textContent()).resolves.toBe('KEDA serves the metrics in this cluster');
    await row.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: 'test-results/screenshots/inspector-suppressions-en.png' });

    // One undo step brings the finding back, redo suppresses it again.
    await app.page.locator('body').focus();
    await app.press('Control+z');
    await active.waitFor();
    await app.testId('suppressed-group').waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    await expect(app.testId('doc-title').getAttribute('data-dirty')).resolves.toBe('false');
    await app.press('Control+Shift+z');
    await active.waitFor({ state: 'detached' });
    await app.testId('suppressed-group').waitFor();
  });

  it('suppresses from the inspector, counts it in the rules reference, and removes it as one undoable step', async () => {
    const { app, tmp } = ctx();
    await openDesign(app, tmp, withoutMetricsServer());
    await app.selectPart('wl-web');
    const finding = app.page.locator(`[data-testid="inspector-finding"][data-rule-id="${RULE}"]`);
    await finding.locator('[data-testid="inspector-suppress"]').click();
    await suppressFromDialog(app, 'metrics from KEDA');
    await finding.waitFor({ state: 'detached' });
    const row = app.page.locator(`[data-testid="inspector-suppression"][data-rule-id="${RULE}"]`);
    await row.waitFor();
    expect(await row.locator('.suppression-expires').count()).toBe(0);
    await app.page.locator(ACTIVE).waitFor({ state: 'detached' });

    await app.press('Control+k');
    await app.testId('command-palette-input').fill('rules');
    await app.page.locator('[data-testid="command-palette"] [data-command-id="help.rulesReference"]').click();
    await app.testId('rules-search').fill(RULE);
    const rule = app.page.locator(`[data-testid="rules-reference"] [data-testid="rule"][data-rule-id="${RULE}"]`);
    await expect(rule.locator('[data-testid="rule-suppressions"]').textContent()).resolves.toBe('Suppressed once in this design');
    expect(await app.page.locator('[data-testid="rule-suppressions"]').count()).toBe(1);
    await app.testId('rules-reference-close').click();

    await row.locator('[data-testid="inspector-remove-suppression"]').click();
    await row.waitFor({ state: 'detached' });
    await app.page.locator(ACTIVE).waitFor();
    await app.page.locator('body').focus();
    await app.press('Control+z');
    await row.waitFor();
    await app.page.locator(ACTIVE).waitFor({ state: 'detached' });
  });

  it('reads in Japanese', async () => {
    const { app, tmp, url } = ctx();
    await app.page.evaluate(() => localStorage.setItem('eks-sandbox.language', 'ja'));
    await app.goto(url);
    await app.page.locator('[data-lang="ja"]').waitFor();
    await openDesign(app, tmp, withoutMetricsServer());
    const button = app.page.locator(ACTIVE).locator('[data-testid="suppress-rule"]');
    await expect(button.textContent()).resolves.toBe('このパーツでこのルールを抑制…');
    await button.click();
    await expect(app.testId('suppress-dialog').locator('h2').textContent()).resolves.toBe(`${RULE} を抑制`);
    await app.testId('suppress-confirm').click();
    await expect(app.testId('suppress-reason-error').textContent()).resolves.toContain('理由を入力してください。');
    await app.page.screenshot({ path: 'test-results/screenshots/suppress-dialog-ja.png' });
    await suppressFromDialog(app, 'KEDA がメトリクスを提供するため', '2099-12-31');
    await expect(app.testId('suppressed-summary').textContent()).resolves.toBe('抑制済み（1 件）');
    await app.testId('suppressed-summary').click();
    const suppressed = app.page.locator(SUPPRESSED);
    await expect(suppressed.locator('.suppression-expires').textContent()).resolves.toBe('有効期限 2099-12-31');
    await expect(suppressed.locator('[data-testid="remove-suppression"]').textContent()).resolves.toBe('削除');
    await app.page.screenshot({ path: 'test-results/screenshots/problems-suppressed-ja.png' });
    await app.selectPart('wl-web');
    const row = app.page.locator(`[data-testid="inspector-suppression"][data-rule-id="${RULE}"]`);
    await row.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: 'test-results/screenshots/inspector-suppressions-ja.png' });
    expect(await seriousViolations(app.page, '[data-testid="inspector"]')).toEqual([]);
  });

  it('stops suppressing on its expiry date by the browser clock, and survives Save and Open', async () => {
    const { app, tmp } = ctx();
    const design = withoutMetricsServer();
    const wl = design.parts.find((p) => p.id === 'wl-web')!;
    wl.suppressions = [{ ruleId: RULE, reason: 'KEDA until January', expires: '2027-01-01' }];
    design.suppressions = [{ ruleId: 'cluster.secrets-encryption', reason: 'no secrets in this lab' }];
    // The day before the expiry: suppressed.
    await app.page.clock.setFixedTime(new Date('2026-12-31T12:00:00Z'));
    await openDesign(app, tmp, design);
    await expect(app.testId('suppressed-summary').textContent()).resolves.toBe('Suppressed (1)');
    expect(await app.page.locator(ACTIVE).count()).toBe(0);

    // Saved and opened again (a download, then the file picker), on the expiry date itself: the finding is back,
    // and a warning says the suppression expired, with its reason.
    const saved = await downloadText(app, async () => {
      await app.page.locator('body').focus();
      await app.press('Control+s');
    });
    const doc = parseDesignText(saved.text);
    expect(doc.design.parts.find((p) => p.id === 'wl-web')!.suppressions).toEqual(wl.suppressions);
    expect(doc.design.suppressions).toEqual(design.suppressions);
    await app.page.clock.setFixedTime(new Date('2027-01-01T09:00:00Z'));
    await app.runCommand('file.home');
    const path = join(tmp, 'saved.eksdesign');
    await writeFile(path, saved.text);
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
    await chooser.setFiles(path);
    await app.page.locator(ACTIVE).waitFor();
    const expired = app.page.locator('[data-testid="problem"][data-rule-id="design.suppression-expired"]');
    await expect(expired.getAttribute('data-severity')).resolves.toBe('warning');
    await expect(expired.textContent()).resolves.toContain('2027-01-01');
    await expect(expired.textContent()).resolves.toContain('KEDA until January');
    await app.testId('suppressed-group').waitFor({ state: 'detached' });
  });

  it('travel in the exported cluster.yaml and come back on import; an entry naming no part is left out with a banner', async () => {
    const { app, tmp, url } = ctx();
    // ng-web wants more nodes than its maximum (ng.scaling-order, an error), accepted on the node group.
    const design = structuredClone(loadTemplate('web-application').design);
    const ng = design.parts.find((p) => p.id === 'ng-web')!;
    if (ng.kind !== 'managed-node-group') throw new Error('the template changed');
    ng.props.desiredCapacity = 99;
    ng.suppressions = [{ ruleId: 'ng.scaling-order', reason: 'scaled by hand for the sale', expires: '2099-12-31' }];
    await openDesign(app, tmp, design);
    const out = await downloadText(app, () => app.runCommand('file.exportYaml'));
    const lines = out.text.split('\n');
    const at = lines.findIndex((l) => l.includes('eks-sandbox.io/suppressions:'));
    const line = lines[at]!;
    expect(line).toContain(
      '{"kind":"managed-node-group","name":"ng-web","ruleId":"ng.scaling-order","reason":"scaled by hand for the sale","expires":"2099-12-31"}',
    );
    // The file edited by hand: a second entry for a node group it does not have.
    const edited = out.text.replace(
      line,
      line.replace(/\]'$/, `,{"kind":"managed-node-group","name":"gone","ruleId":"ng.a","reason":"r"}]'`),
    );
    const path = join(tmp, 'cluster.yaml');
    await writeFile(path, edited);
    await app.importYamlWithBanner(path);
    await expect(app.testId('banner').textContent()).resolves.toContain(
      `Imported cluster.yaml, leaving out what it could not read: line ${at + 1}, metadata.annotations["eks-sandbox.io/suppressions"]: entry 2 suppresses ng.a on managed-node-group "gone", which this file does not have; it was left out`,
    );
    await expect(app.testId('suppressed-summary').textContent()).resolves.toBe('Suppressed (1)');
    expect(await app.page.locator('[data-testid="problems"] > ul > [data-testid="problem"]').count()).toBe(0);
    await app.page.screenshot({ path: 'test-results/screenshots/import-suppressions-en.png' });

    await app.page.evaluate(() => localStorage.setItem('eks-sandbox.language', 'ja'));
    await app.goto(url);
    await app.page.locator('[data-lang="ja"]').waitFor();
    await app.importYamlWithBanner(path);
    await expect(app.testId('banner').textContent()).resolves.toContain(
      `cluster.yaml をインポートしました。読み取れなかったものは除いています: ${at + 1} 行目、`,
    );
    await expect(app.testId('suppressed-summary').textContent()).resolves.toBe('抑制済み（1 件）');
    await app.page.screenshot({ path: 'test-results/screenshots/import-suppressions-ja.png' });
  });
});
