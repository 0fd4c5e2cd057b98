/** axe-core finds no serious or critical accessibility violation on the start screen, the editor and each panel. */
import { loadTemplate } from '../templates/index.js';
import { describe, expect, it } from 'vitest';
import type { AppPage } from './support/app-page.js';
import { seriousViolations } from './support/axe.js';
import { useApp } from './support/fixture.js';
import { openDesign } from './support/open-design.js';

async function fromPalette(app: AppPage, id: string, query: string): Promise<void> {
  await app.press('Control+k');
  await app.testId('command-palette-input').fill(query);
  await app.page.locator(`[data-testid="command-palette"] [data-command-id="${id}"]`).click();
  await app.testId('command-palette').waitFor({ state: 'detached' });
}

/** A template with findings of every severity's look: the problems panel then lists fixes and badges. */
function withProblems() {
  const design = structuredClone(loadTemplate('web-application').design);
  const cluster = design.parts.find((p) => p.id === 'cluster')!;
  if (cluster.kind === 'cluster') {
    cluster.props.addons.metricsServer = false;
    cluster.props.logging = [];
  }
  return design;
}

describe('accessibility (axe-core)', () => {
  const ctx = useApp({ width: 1280, height: 720 });

  it('start screen', async () => {
    const { app } = ctx();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('editor with a template open, with its problems panel, YAML preview and a part selected', async () => {
    const { app, tmp } = ctx();
    await openDesign(app, tmp, withProblems());
    await app.page.locator('[data-testid="problem"] [data-testid="apply-fix"]').first().waitFor();
    await app.testId('yaml-preview').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.selectPart('ng-web');
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('cost panel', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await fromPalette(app, 'view.toggleCost', 'cost');
    await app.testId('cost-panel').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('rules reference, about and the command palettes', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await fromPalette(app, 'help.rulesReference', 'rules');
    await app.testId('rules-reference').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.press('Escape');
    await app.testId('rules-reference').waitFor({ state: 'detached' });

    await fromPalette(app, 'help.about', 'about');
    await app.testId('about').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.press('Escape');
    await app.testId('about').waitFor({ state: 'detached' });

    await app.press('Control+k');
    await app.testId('command-palette').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.testId('command-palette-input').fill('add part');
    await app.press('Enter');
    await app.testId('add-part-palette').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});

describe('accessibility (axe-core), dark theme in Japanese', () => {
  const ctx = useApp({ width: 1280, height: 720, colorScheme: 'dark' });

  it('editor with problems and their fix buttons', async () => {
    const { app, tmp, url } = ctx();
    await app.page.evaluate(() => localStorage.setItem('eks-sandbox.language', 'ja'));
    await app.goto(url);
    await openDesign(app, tmp, withProblems());
    await app.page.locator('[data-testid="problem"] [data-testid="apply-fix"]').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
