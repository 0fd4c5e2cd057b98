/**
 * The deployment preview's tabs and File > Export deployment bundle in Chromium. The browser build writes the
 * bundle through the directory picker; the test hands the app a real folder of the origin-private file system
 * as the "picked" folder (a headless browser cannot click a native picker), then reads every file back and
 * compares it with the bundle `eks-sandbox bundle` writes for the same design.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deploymentBundle } from '../shared/deploy/index.js';
import { exportEksctlYaml } from '../shared/export/index.js';
import { loadTemplate } from '../templates/index.js';
import type { AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp({ width: 1280, height: 720 });
const OUT = 'test-results/screenshots/deploy';
beforeAll(() => mkdir(OUT, { recursive: true }));

/** Makes showDirectoryPicker answer with the folder `picked` of the origin-private file system. */
async function fakePicker(app: AppPage): Promise<void> {
  await app.page.evaluate(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('picked', { create: true });
  });
}

/** Every file under the picked folder, by path, read through the file system API. */
function readPicked(app: AppPage): Promise<Record<string, string>> {
  return app.page.evaluate(async () => {
    type Dir = FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };
    const out: Record<string, string> = {};
    const walk = async (dir: Dir, prefix: string) => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle as Dir, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk((await (await navigator.storage.getDirectory()).getDirectoryHandle('picked')) as Dir, '');
    return out;
  });
}

function writePicked(app: AppPage, name: string, text: string): Promise<void> {
  return app.page.evaluate(
    async ([n, t]) => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('picked', { create: true });
      const w = await (await dir.getFileHandle(n!, { create: true })).createWritable();
      await w.write(t!);
      await w.close();
    },
    [name, text],
  );
}

/** What the bundle holds for the unedited microservices template, as the CLI builds it. */
function expectedBundle(lang: 'en' | 'ja'): Record<string, string> {
  const { design } = loadTemplate('microservices');
  const { yaml } = exportEksctlYaml(design, { force: true, lang });
  return Object.fromEntries(deploymentBundle(design, { lang, clusterYaml: yaml }).files.map((f) => [f.path, f.content]));
}

async function openPreview(app: AppPage): Promise<void> {
  await app.openTemplate('microservices');
  if ((await app.testId('yaml-preview').count()) === 0) await app.runCommand('view.toggleYamlPreview');
  await app.testId('yaml-preview').waitFor();
}

describe('deployment preview tabs', () => {
  it('shows cluster.yaml, manifests, controllers and the runbook, and follows edits', async () => {
    const { app } = ctx();
    await openPreview(app);
    await expect(app.testId('yaml-text').textContent()).resolves.toContain('kind: ClusterConfig');
    await expect(app.testId('preview-tab-cluster').getAttribute('aria-selected')).resolves.toBe('true');

    await app.testId('preview-tab-manifests').click();
    await app.testId('preview-panel-manifests').waitFor();

    await app.testId('preview-tab-controllers').click();
    const controllers = app.testId('deploy-controllers');
    await expect(
      controllers.locator('[data-controller]').evaluateAll((s) => s.map((e) => e.getAttribute('data-controller'))),
    ).resolves.toEqual(['metrics-server', 'karpenter', 'aws-load-balancer-controller', 'external-dns']);
    await expect(controllers.locator('[data-controller="external-dns"] pre').textContent()).resolves.toContain('name: aws-sd');
    await expect(controllers.locator('[role="note"]').count()).resolves.toBe(0);

    // Arrow keys move between tabs.
    await app.testId('preview-tab-controllers').focus();
    await app.press('ArrowRight');
    await expect(app.testId('preview-tab-runbook').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(app.testId('deploy-runbook').textContent()).resolves.toMatch(/^# Deploying shop-microservices\n/);

    // Live: renaming the cluster changes the runbook at once.
    await app.selectPart('cluster');
    await app.testId('inspector-name').fill('shop-renamed');
    await app.testId('inspector-name').press('Enter');
    await expect.poll(() => app.testId('deploy-runbook').textContent()).toMatch(/^# Deploying shop-renamed\n/);
    await expect(app.testId('deploy-runbook').textContent()).resolves.toContain('--name shop-renamed');
  });

  it('shows every tab whole inside the panel at 1280x720, in English and in Japanese (the longer labels)', async () => {
    const { app } = ctx();
    await openPreview(app);
    // Each tab's box against the part of the panel that shows (its client box: no scrollbar, nothing scrolled away).
    const outside = () =>
      app.testId('yaml-preview').evaluate((panel) => {
        const r = panel.getBoundingClientRect();
        const box = { left: r.left + panel.clientLeft, top: r.top + panel.clientTop };
        const right = box.left + panel.clientWidth;
        const bottom = box.top + panel.clientHeight;
        const tabs = [...panel.querySelectorAll('[role="tab"]')];
        return {
          count: tabs.length,
          outside: tabs
            .map((tab) => ({ tab: tab.textContent, r: tab.getBoundingClientRect() }))
            .filter(
              ({ r: t }) => t.left < box.left - 0.5 || t.right > right + 0.5 || t.top < box.top - 0.5 || t.bottom > bottom + 0.5,
            )
            .map(({ tab }) => tab),
        };
      });
    await expect(outside()).resolves.toEqual({ count: 4, outside: [] });
    await app.page.screenshot({ path: join(OUT, 'preview-tabs-en.png') });
    await app.runCommand('view.language');
    await expect(app.testId('preview-tab-runbook').textContent()).resolves.toBe('デプロイ手順');
    await expect(outside()).resolves.toEqual({ count: 4, outside: [] });
    await app.page.screenshot({ path: join(OUT, 'preview-tabs-ja.png') });
    // The last tab takes a click where it is drawn, not scrolled into view first.
    const runbook = (await app.testId('preview-tab-runbook').boundingBox())!;
    await app.page.mouse.click(runbook.x + runbook.width / 2, runbook.y + runbook.height / 2);
    await expect(app.testId('preview-tab-runbook').getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('screenshots the controllers and runbook tabs in English and Japanese', async () => {
    const { app } = ctx();
    await openPreview(app);
    await app.testId('preview-tab-controllers').click();
    await app.testId('deploy-controllers').waitFor();
    await app.page.screenshot({ path: join(OUT, 'preview-controllers-en.png') });
    await app.runCommand('view.language');
    await expect(app.testId('preview-tab-runbook').textContent()).resolves.toBe('デプロイ手順');
    await app.testId('preview-tab-runbook').click();
    await expect(app.testId('deploy-runbook').textContent()).resolves.toMatch(/^# shop-microservices のデプロイ\n/);
    await app.page.screenshot({ path: join(OUT, 'preview-runbook-ja.png') });
    await app.testId('preview-tab-controllers').click();
    await app.page.screenshot({ path: join(OUT, 'preview-controllers-ja.png') });
  });
});

describe('export deployment bundle', () => {
  it('writes the same files as eks-sandbox bundle into the picked folder, and asks before writing into it again', async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    await fakePicker(app);
    await app.runCommand('file.exportBundle');
    await expect
      .poll(() => app.testId('banner').locator('span').first().textContent())
      .toBe('Wrote the deployment bundle (11 files) to picked.');
    expect(await readPicked(app)).toEqual(expectedBundle('en'));

    // The folder is not empty now: Cancel leaves it as it is.
    await writePicked(app, 'DEPLOY.md', 'edited by hand');
    await app.runCommand('file.exportBundle');
    await app.testId('replace-bundle').waitFor();
    await expect(app.testId('replace-bundle').textContent()).resolves.toContain('The folder "picked" is not empty.');
    await app.testId('replace-bundle-cancel').click();
    await app.testId('replace-bundle').waitFor({ state: 'detached' });
    expect((await readPicked(app))['DEPLOY.md']).toBe('edited by hand');

    // Replace writes the bundle again, in the UI language, and keeps the other files.
    await writePicked(app, 'notes.txt', 'mine');
    await app.runCommand('view.language');
    await app.runCommand('file.exportBundle');
    await app.testId('replace-bundle-confirm').click();
    await expect.poll(async () => (await readPicked(app))['DEPLOY.md']).toBe(expectedBundle('ja')['DEPLOY.md']);
    expect(await readPicked(app)).toEqual({ ...expectedBundle('ja'), 'notes.txt': 'mine' });
  });
});
