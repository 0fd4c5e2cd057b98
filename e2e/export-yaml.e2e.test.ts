/**
 * Export cluster.yaml in the app refuses a design with error-level findings the way the CLI does (it
 * lists them; "Export anyway" is --force), and with several clusters exports the selected one or asks.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Design } from '../shared/model/design.js';
import { serializeDesign, toDocument } from '../shared/model/document.js';
import { loadTemplate } from '../templates/index.js';
import { downloadText, type AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp();

/** The microservices template with ng-backend scaling min 3, desired 2, max 1 (rule ng.scaling-order). */
function badScaling(): Design {
  const design = loadTemplate('microservices').design;
  return {
    ...design,
    parts: design.parts.map((p) =>
      p.id === 'ng-backend' && p.kind === 'managed-node-group'
        ? { ...p, props: { ...p.props, minSize: 3, desiredCapacity: 2, maxSize: 1 } }
        : p,
    ),
  };
}

/** The microservices template plus a second cluster `shop-b` (with a node group) in the same VPC. */
function twoClusters(): Design {
  const design = loadTemplate('microservices').design;
  const cluster = design.parts.find((p) => p.id === 'cluster')!;
  const nodes = design.parts.find((p) => p.id === 'ng-backend')!;
  const below = { x: cluster.position.x, y: cluster.position.y + (cluster.size?.height ?? 320) + 40 };
  return {
    ...design,
    parts: [
      ...design.parts.map((p) => (p.id === 'vpc' && p.size ? { ...p, size: { ...p.size, height: p.size.height + 400 } } : p)),
      { ...cluster, id: 'cluster-b', name: 'shop-b', position: below },
      { ...nodes, id: 'ng-b', name: 'ng-b', parentId: 'cluster-b' },
    ],
    connections: design.connections,
  } as Design;
}

async function openDesign(app: AppPage, tmp: string, design: Design): Promise<void> {
  const path = join(tmp, 'test.eksdesign');
  await writeFile(path, serializeDesign(toDocument(design)));
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
  await chooser.setFiles(path);
  await app.part('cluster').waitFor();
}

/** Counts the downloads the page starts from now on. */
function countDownloads(app: AppPage): () => number {
  let count = 0;
  app.page.on('download', () => count++);
  return () => count;
}

const dialog = (app: AppPage) => app.page.getByRole('alertdialog', { name: 'Export cluster.yaml' });

describe('export cluster.yaml', () => {
  it('lists the errors first: Cancel downloads nothing, Export anyway downloads the file', async () => {
    const { app, tmp } = ctx();
    await openDesign(app, tmp, badScaling());
    const downloads = countDownloads(app);
    await app.runCommand('file.exportYaml');
    await dialog(app).waitFor();
    const finding = app.testId('export-yaml-errors').locator('li[data-rule-id="ng.scaling-order"]');
    await expect(finding.textContent()).resolves.toMatch(/Node group ng-backend has min 3, desired 2, max 1/);
    await expect(finding.locator('.rule-id').textContent()).resolves.toBe('ng.scaling-order');
    await expect(finding.locator('.parts').textContent()).resolves.toBe('Parts: ng-backend');
    await app.testId('export-yaml-cancel').click();
    await dialog(app).waitFor({ state: 'detached' });

    // Ctrl+E asks again; Escape is Cancel too.
    await app.press('Control+e');
    await dialog(app).waitFor();
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'export-yaml-cancel');
    await app.press('Escape');
    await dialog(app).waitFor({ state: 'detached' });
    expect(downloads()).toBe(0);

    await app.runCommand('file.exportYaml');
    const out = await downloadText(app, () => app.testId('export-yaml-confirm').click());
    expect(out.name).toBe('cluster.yaml');
    expect(out.text).toMatch(/minSize: 3/);
    expect(downloads()).toBe(1);
  });

  it('lists them in Japanese in the Japanese UI', async () => {
    const { app, tmp } = ctx();
    await app.runCommand('view.language');
    await openDesign(app, tmp, badScaling());
    await app.runCommand('file.exportYaml');
    await app.page.getByRole('alertdialog', { name: 'cluster.yaml をエクスポート' }).waitFor();
    await expect(app.testId('export-yaml-errors').textContent()).resolves.toContain('ノードグループ ng-backend は最小 3');
    await expect(app.testId('export-yaml-confirm').textContent()).resolves.toBe('このままエクスポート');
  });

  it('downloads a clean template at once', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const out = await downloadText(app, () => app.runCommand('file.exportYaml'));
    expect(out.name).toBe('cluster.yaml');
    expect(out.text).toContain('kind: ClusterConfig');
    await expect(dialog(app).count()).resolves.toBe(0);
  });

  it('with two clusters exports the selected one, or asks which', async () => {
    const { app, tmp } = ctx();
    await openDesign(app, tmp, twoClusters());
    const downloads = countDownloads(app);

    // Nothing selected: the dialog asks, and Cancel downloads nothing.
    await app.runCommand('file.exportYaml');
    await dialog(app).waitFor();
    await expect(app.testId('export-yaml-errors').count()).resolves.toBe(0);
    const radios = app.testId('export-yaml-clusters').getByRole('radio');
    await expect(radios.count()).resolves.toBe(2);
    await app.testId('export-yaml-cancel').click();
    await dialog(app).waitFor({ state: 'detached' });
    expect(downloads()).toBe(0);

    await app.runCommand('file.exportYaml');
    await app.testId('export-yaml-clusters').getByRole('radio', { name: 'shop-b' }).check();
    const chosen = await downloadText(app, () => app.testId('export-yaml-confirm').click());
    expect(chosen.name).toBe('shop-b.yaml');
    expect(chosen.text).toMatch(/name: shop-b\n/);

    // A selected cluster, or a part inside one, says which: no question. The preview shows that cluster too.
    await expect(app.testId('yaml-preview-cluster').textContent()).resolves.toContain('shop-microservices (1 of 2)');
    await app.selectPart('cluster-b');
    await app.page.locator('[data-testid="yaml-preview-cluster"]', { hasText: 'shop-b (2 of 2)' }).waitFor();
    await expect(app.testId('yaml-text').textContent()).resolves.toMatch(/name: shop-b\n/);
    const selected = await downloadText(app, () => app.runCommand('file.exportYaml'));
    expect(selected.name).toBe('shop-b.yaml');
    await app.selectPart('wl-catalog');
    const inside = await downloadText(app, () => app.runCommand('file.exportYaml'));
    expect(inside.name).toBe('shop-microservices.yaml');
    expect(inside.text).toMatch(/name: shop-microservices\n/);
    await expect(dialog(app).count()).resolves.toBe(0);
  });
});
