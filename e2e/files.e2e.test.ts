import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateEksctlConfig } from '../shared/eksctl/schema-validator.js';
import { parseDesignText } from '../shared/model/document.js';
import { loadTemplate } from '../templates/index.js';
import { downloadText, type AppPage } from './support/app-page.js';
import { exportImage } from './support/image-export.js';
import { useApp } from './support/fixture.js';

const ctx = useApp();

async function rename(app: AppPage, partId: string, name: string): Promise<void> {
  await app.selectPart(partId);
  await app.testId('inspector-name').fill(name);
  await app.testId('inspector-name').press('Enter');
  await app.part(partId).getByText(name, { exact: true }).waitFor();
}

async function openThroughPicker(app: AppPage, path: string): Promise<void> {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('start-open').click()]);
  await chooser.setFiles(path);
}

describe('files', () => {
  it('saves a design as a download, reopens it through the file picker and saves the same bytes', async () => {
    const { app, tmp } = ctx();
    await app.openTemplate('api-backend');
    await rename(app, 'ng-api', 'api-nodes');
    await expect(app.testId('doc-title').getAttribute('data-dirty')).resolves.toBe('true');

    const saved = await downloadText(app, () => app.press('Control+s'));
    expect(saved.name).toMatch(/\.eksdesign$/);
    const doc = parseDesignText(saved.text);
    const expected = loadTemplate('api-backend').design;
    expect(doc.design.parts.find((p) => p.id === 'ng-api')!.name).toBe('api-nodes');
    expect(doc.design.parts.map((p) => p.id)).toEqual(expected.parts.map((p) => p.id));
    expect(doc.design.connections).toEqual(expected.connections);
    await app.page.waitForSelector('[data-testid="doc-title"][data-dirty="false"]');

    const path = join(tmp, saved.name);
    await writeFile(path, saved.text);
    await app.runCommand('file.home');
    await openThroughPicker(app, path);
    await app.part('ng-api').getByText('api-nodes', { exact: true }).waitFor();
    const again = await downloadText(app, () => app.press('Control+s'));
    expect(again.text).toBe(saved.text);
  });

  it('refuses a broken file with a clear message and keeps the current work', async () => {
    const { app, tmp } = ctx();
    await app.openTemplate('batch-processing');
    const bad = join(tmp, 'broken.eksdesign');
    await writeFile(bad, '{"format": "eks-sandbox-design", "schemaVersion": 1, "design": {"name": "x", "parts": [{}]}}');
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.press('Control+o')]);
    await chooser.setFiles(bad);
    await expect(app.testId('banner').textContent()).resolves.toMatch(/Could not open broken\.eksdesign: .*parts/);
    expect((await app.partIds()).length).toBe(loadTemplate('batch-processing').design.parts.length);
  });

  it('imports the first document of a multi-document cluster.yaml, as eksctl reads it, and says the rest was not read', async () => {
    const { app, tmp, url } = ctx();
    const first = [
      'apiVersion: eksctl.io/v1alpha5',
      'kind: ClusterConfig',
      'metadata:',
      '  name: first-doc',
      '  region: us-west-2',
      '  version: "1.35"',
      'managedNodeGroups:',
      '  - name: ng-1',
      '    instanceType: m6i.large',
    ];
    const second = ['---', 'apiVersion: eksctl.io/v1alpha5', 'kind: ClusterConfig', 'metadata:', '  name: second-doc'];
    const path = join(tmp, 'two-docs.yaml');
    await writeFile(path, [...first, ...second].join('\n') + '\n');
    await app.importYamlWithBanner(path);
    const banner = await app.testId('banner').textContent();
    expect(banner).toContain(`line ${first.length + 1}`);
    expect(banner).toContain('a second YAML document (---) starts here; eksctl reads only the first document of a file');
    // The first document's cluster is on the canvas; the second's is not.
    await app.page.getByText('first-doc', { exact: true }).first().waitFor();
    await expect(app.page.getByText('second-doc', { exact: true }).count()).resolves.toBe(0);
    await app.page.screenshot({ path: 'test-results/screenshots/import-multi-document-en.png' });

    await app.page.evaluate(() => localStorage.setItem('eks-sandbox.language', 'ja'));
    await app.goto(url);
    await app.page.locator('[data-lang="ja"]').waitFor();
    await app.importYamlWithBanner(path);
    await expect(app.testId('banner').textContent()).resolves.toContain('ここから 2 つ目の YAML ドキュメント（---）が始まります');
    await app.page.screenshot({ path: 'test-results/screenshots/import-multi-document-ja.png' });
  });

  it('refuses a cluster.yaml with an empty add-on entry at its line, as eksctl cannot read it, and keeps the canvas', async () => {
    const { app, tmp, url } = ctx();
    await app.openTemplate('web-application');
    const lines = [
      'apiVersion: eksctl.io/v1alpha5',
      'kind: ClusterConfig',
      'metadata:',
      '  name: empty-entry',
      '  region: us-west-2',
      '  version: "1.35"',
      'addons:',
      '  - name: vpc-cni',
      '  -',
    ];
    const path = join(tmp, 'empty-entry.yaml');
    await writeFile(path, lines.join('\n') + '\n');
    await app.importYamlWithBanner(path);
    const banner = await app.testId('banner').textContent();
    expect(banner).toContain('line 9');
    expect(banner).toContain('addons[1] is an empty entry: eksctl reads it as no object at all');
    await expect(app.page.getByText('empty-entry', { exact: true }).count()).resolves.toBe(0);
    // The design that was open stays open, unchanged.
    await expect(app.page.getByRole('button', { name: 'Back to “Web application on EKS”' }).count()).resolves.toBe(1);
    await app.page.screenshot({ path: 'test-results/screenshots/import-empty-entry-en.png' });

    await app.page.evaluate(() => localStorage.setItem('eks-sandbox.language', 'ja'));
    await app.goto(url);
    await app.page.locator('[data-lang="ja"]').waitFor();
    await app.importYamlWithBanner(path);
    await expect(app.testId('banner').textContent()).resolves.toContain('addons[1] が空の項目です');
    await app.page.screenshot({ path: 'test-results/screenshots/import-empty-entry-ja.png' });
  });

  it("exports cluster.yaml that passes eksctl's schema", async () => {
    const { app } = ctx();
    await app.openTemplate('microservices');
    await expect(app.testId('yaml-text').textContent()).resolves.toContain('kind: ClusterConfig');
    const out = await downloadText(app, () => app.runCommand('file.exportYaml'));
    expect(out.name).toBe('cluster.yaml');
    const result = validateEksctlConfig(parse(out.text));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('exports the diagram as PNG and SVG', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    const png = await exportImage(app, 'png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.length).toBeGreaterThan(10_000);
    const svg = (await exportImage(app, 'svg')).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('web-vpc');
  });

  it('backs up unsaved work and offers it back after a reload', async () => {
    const { app } = ctx();
    await app.openTemplate('hybrid-cloud');
    await rename(app, 'ng-cloud', 'cloud-nodes');
    await app.page.waitForFunction(() => localStorage.getItem('eks-sandbox.backup')?.includes('cloud-nodes'));
    await app.page.reload();
    await app.page.waitForSelector('[data-app-ready="true"]');
    await app.testId('backup-restore').click();
    await app.part('ng-cloud').getByText('cloud-nodes', { exact: true }).waitFor();
  });
});
