/** The commands the native menu offers beyond editing: panel toggles, About, the rules reference, YAML import. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSION_CALENDAR } from '../shared/data/kubernetes-versions.js';
import { RULES } from '../shared/rules/registry.js';
import { APP_VERSION } from '../shared/app-info.js';
import type { AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp();

const TWO_NODEGROUPS = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: cluster-3
  region: eu-north-1
nodeGroups:
  - name: ng1-public
    instanceType: m5.xlarge
    desiredCapacity: 4
  - name: ng2-private
    instanceType: m5.large
    desiredCapacity: 10
    privateNetworking: true
`;

async function fromPalette(app: AppPage, id: string, query: string): Promise<void> {
  await app.press('Control+k');
  await app.testId('command-palette-input').fill(query);
  await app.page.locator(`[data-testid="command-palette"] [data-command-id="${id}"]`).click();
  await app.testId('command-palette').waitFor({ state: 'detached' });
}

describe('view and help commands', () => {
  it('hides and shows the minimap, the problems panel and the YAML preview', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.page.locator('.react-flow__minimap').waitFor();
    await fromPalette(app, 'view.toggleMinimap', 'minimap');
    await app.page.locator('.react-flow__minimap').waitFor({ state: 'detached' });
    await fromPalette(app, 'view.toggleProblems', 'problems');
    await app.testId('problems').waitFor({ state: 'detached' });
    await fromPalette(app, 'view.toggleYamlPreview', 'yaml');
    await app.testId('yaml-preview').waitFor({ state: 'detached' });
    await fromPalette(app, 'view.toggleYamlPreview', 'yaml');
    await app.testId('yaml-text').waitFor();
    await fromPalette(app, 'view.toggleMinimap', 'minimap');
    await app.page.locator('.react-flow__minimap').waitFor();
  });

  it('shows About with the version, the license and the date of the version data', async () => {
    const { app } = ctx();
    await fromPalette(app, 'help.about', 'about');
    await expect(app.testId('about-version').textContent()).resolves.toContain(APP_VERSION);
    await expect(app.testId('about-data-as-of').textContent()).resolves.toBe(KUBERNETES_VERSION_CALENDAR.asOf);
    await expect(app.testId('about').textContent()).resolves.toContain('Apache-2.0');
    await app.press('Escape');
    await app.testId('about').waitFor({ state: 'detached' });
  });

  it('lists every rule in the rules reference and narrows it by search, in Japanese too', async () => {
    const { app } = ctx();
    await fromPalette(app, 'help.rulesReference', 'rules');
    const rules = app.page.locator('[data-testid="rules-reference"] [data-testid="rule"]');
    await expect(rules.count()).resolves.toBe(RULES.all().length);
    const rule = RULES.get('vpc.cluster-subnets-two-azs')!;
    await app.testId('rules-search').fill('cluster-subnets-two-azs');
    await expect.poll(() => rules.count()).toBe(1);
    const item = app.page.locator('[data-rule-id="vpc.cluster-subnets-two-azs"]');
    await expect(item.textContent()).resolves.toContain(rule.text.en.fix);
    await expect(item.locator('.source-url').textContent()).resolves.toBe(rule.source);
    await app.testId('rules-reference-close').click();
    await app.runCommand('view.language');
    await fromPalette(app, 'help.rulesReference', 'rules');
    await app.testId('rules-search').fill('cluster-subnets-two-azs');
    await expect.poll(() => item.locator('.message').textContent()).toBe(rule.text.ja.message);
  });

  it('imports eksctl YAML through the file picker as a new unsaved design, and refuses a bad file', async () => {
    const { app, tmp } = ctx();
    const good = join(tmp, 'cluster.yaml');
    await writeFile(good, TWO_NODEGROUPS);
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), fromPalette(app, 'file.importYaml', 'import')]);
    await chooser.setFiles(good);
    await app.partsOfKind('self-managed-node-group').nth(1).waitFor();
    await expect(app.partsOfKind('cluster').locator('.part-name').first().textContent()).resolves.toBe('cluster-3');
    expect(await app.testId('doc-title').getAttribute('data-dirty')).toBe('true');

    const bad = join(tmp, 'bad.yaml');
    await writeFile(bad, 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: [1, 2\n');
    const [chooser2] = await Promise.all([app.page.waitForEvent('filechooser'), fromPalette(app, 'file.importYaml', 'import')]);
    await chooser2.setFiles(bad);
    await app.page.locator('[data-testid="banner"]', { hasText: 'bad.yaml' }).waitFor();
    await expect(app.partsOfKind('self-managed-node-group').count()).resolves.toBe(2);
  });

  it('imports a .yaml file dropped on the window', async () => {
    const { app } = ctx();
    const dataTransfer = await app.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.yml', { type: 'application/yaml' }));
      return dt;
    }, TWO_NODEGROUPS);
    await app.testId('start-screen').dispatchEvent('dragover', { dataTransfer });
    await app.testId('start-screen').dispatchEvent('drop', { dataTransfer });
    await app.partsOfKind('self-managed-node-group').nth(1).waitFor();
  });
});
