/**
 * Never losing work: every action that replaces the open design asks Save / Don't Save / Cancel while
 * there are unsaved changes, a saved design is replaced without a question, the backup holds the very
 * last edit, and the browser asks before a dirty page is left.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEksctlYaml } from '../shared/export/index.js';
import { serializeDesign } from '../shared/model/document.js';
import { loadTemplate } from '../templates/index.js';
import { downloadText, type AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp();
const EDITED = 'edited-nodes';

/** The api-backend template with one part renamed: a design with unsaved changes. */
async function editedDesign(app: AppPage): Promise<void> {
  await app.openTemplate('api-backend');
  await app.selectPart('ng-api');
  await app.testId('inspector-name').fill(EDITED);
  await app.testId('inspector-name').press('Enter');
  await app.part('ng-api').getByText(EDITED, { exact: true }).waitFor();
}

const question = (app: AppPage) => app.page.getByRole('alertdialog', { name: /Save changes/ });

async function expectKept(app: AppPage): Promise<void> {
  await question(app).waitFor({ state: 'detached' });
  await app.part('ng-api').getByText(EDITED, { exact: true }).waitFor();
  await expect(app.testId('doc-title').getAttribute('data-dirty')).resolves.toBe('true');
}

/** Waits until the edited design is gone from the canvas (or the start screen shows). */
async function expectReplaced(app: AppPage, shows: (app: AppPage) => Promise<void>): Promise<void> {
  await shows(app);
  await app.page.waitForSelector('[data-part-id="ng-api"]', { state: 'detached' });
}

async function pick(app: AppPage, trigger: () => Promise<void>, path: string): Promise<void> {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), trigger()]);
  await chooser.setFiles(path);
}

async function fromPalette(app: AppPage, commandId: string): Promise<void> {
  await app.press('Control+k');
  await app.page.locator(`[data-testid="command-palette"] [data-command-id="${commandId}"]`).dispatchEvent('mousedown');
}

/** Files the actions open, written to the test's temp folder. */
async function files(tmp: string) {
  const design = join(tmp, 'batch.eksdesign');
  await writeFile(design, serializeDesign(loadTemplate('batch-processing')));
  const microservices = exportEksctlYaml(loadTemplate('microservices').design, { force: true });
  const yaml = join(tmp, 'shop.yaml');
  await writeFile(yaml, microservices.yaml);
  return { design, yaml, yamlText: microservices.yaml, yamlCluster: microservices.config.metadata.name };
}
type Files = Awaited<ReturnType<typeof files>>;

interface ReplacingAction {
  name: string;
  run: (app: AppPage, f: Files) => Promise<void>;
  /** Resolves once the new design shows. */
  shows: (app: AppPage, f: Files) => Promise<void>;
}

const showsBatch = (app: AppPage) => app.part('ecr-batch').waitFor();
const RECENT = 'recent-web.eksdesign';

const ACTIONS: ReplacingAction[] = [
  {
    name: 'New design',
    run: (app) => app.runCommand('file.new'),
    shows: (app) => app.page.waitForSelector('.react-flow__node', { state: 'detached' }).then(() => undefined),
  },
  { name: 'Open… (Ctrl+O)', run: (app, f) => pick(app, () => app.press('Control+o'), f.design), shows: showsBatch },
  {
    name: 'a template on the start screen',
    run: async (app) => {
      await app.runCommand('file.home');
      await app.testId('template-web-application').click();
    },
    shows: (app) => app.part('ecr-web').waitFor(),
  },
  {
    name: 'the blank design on the start screen',
    run: async (app) => {
      await app.runCommand('file.home');
      await app.testId('template-blank').click();
    },
    shows: (app) => app.page.waitForSelector('.react-flow__node', { state: 'detached' }).then(() => undefined),
  },
  {
    name: 'Open on the start screen',
    run: async (app, f) => {
      await app.runCommand('file.home');
      await pick(app, () => app.testId('start-open').click(), f.design);
    },
    shows: showsBatch,
  },
  {
    name: 'a recent file on the start screen',
    run: async (app) => {
      await app.runCommand('file.home');
      await app.testId('recent-files').getByRole('button', { name: RECENT }).click();
    },
    shows: (app) => app.part('ecr-web').waitFor(),
  },
  {
    name: 'Import eksctl YAML…',
    run: (app, f) => pick(app, () => fromPalette(app, 'file.importYaml'), f.yaml),
    shows: (app, f) => app.page.locator('.react-flow__node').getByText(f.yamlCluster, { exact: true }).first().waitFor(),
  },
  {
    name: 'a YAML file dropped on the window',
    run: (app, f) => app.dropFile('shop.yaml', f.yamlText),
    shows: (app, f) => app.page.locator('.react-flow__node').getByText(f.yamlCluster, { exact: true }).first().waitFor(),
  },
];

/** A recent file for the browser build's start screen (it keeps the text, since a page cannot reopen a path). */
async function seedRecent(app: AppPage): Promise<void> {
  const text = serializeDesign(loadTemplate('web-application'));
  await app.page.evaluate(
    ({ name, text }) => {
      localStorage.setItem('eks-sandbox.recent', JSON.stringify([{ name }]));
      localStorage.setItem(`eks-sandbox.recent-text:${name}`, text);
    },
    { name: RECENT, text },
  );
}

describe('unsaved changes', () => {
  it.each(ACTIONS)('$name asks first: Cancel keeps the design, Don’t Save replaces it', async (action) => {
    const { app, tmp } = ctx();
    const f = await files(tmp);
    await seedRecent(app);
    await editedDesign(app);

    await action.run(app, f);
    await question(app).waitFor();
    await app.testId('unsaved-cancel').click();
    await question(app).waitFor({ state: 'detached' });
    // Cancel on the start screen stays there, with the way back to the design that is still open.
    if ((await app.page.getAttribute('.app', 'data-screen')) === 'start') await app.testId('start-back').click();
    await expectKept(app);

    await action.run(app, f);
    await app.testId('unsaved-discard').click();
    await expectReplaced(app, (a) => action.shows(a, f));
    await expect(question(app).count()).resolves.toBe(0);
  });

  it.each([ACTIONS[0]!, ACTIONS[1]!, ACTIONS[5]!])('$name: Save downloads the design, then replaces it', async (action) => {
    const { app, tmp } = ctx();
    const f = await files(tmp);
    await seedRecent(app);
    await editedDesign(app);
    await action.run(app, f);
    const saved = await downloadText(app, () => app.testId('unsaved-save').click());
    expect(saved.name).toMatch(/\.eksdesign$/);
    expect(saved.text).toContain(EDITED);
    await expectReplaced(app, (a) => action.shows(a, f));
  });

  it('replaces a saved design, and the blank design, without a question', async () => {
    const { app, tmp } = ctx();
    const f = await files(tmp);
    await editedDesign(app);
    await downloadText(app, () => app.press('Control+s'));
    await app.page.waitForSelector('[data-testid="doc-title"][data-dirty="false"]');
    await pick(app, () => app.press('Control+o'), f.design);
    await showsBatch(app);
    await expect(question(app).count()).resolves.toBe(0);
    // The file just opened is saved as it is: New replaces it at once, and the empty design after it too.
    await app.runCommand('file.new');
    await app.page.waitForSelector('.react-flow__node', { state: 'detached' });
    await app.runCommand('file.home');
    await app.testId('template-machine-learning').click();
    await app.page.locator('.react-flow__node').first().waitFor();
    await expect(question(app).count()).resolves.toBe(0);
  });

  it('is a labelled alert dialog: focus on Save, Tab stays inside, Escape cancels, shortcuts wait', async () => {
    const { app } = ctx();
    await editedDesign(app);
    await app.runCommand('file.new');
    const dialog = app.page.getByRole('alertdialog', { name: 'Save changes to “API backend on EKS”?' });
    await dialog.waitFor();
    await expect(dialog.getAttribute('aria-describedby')).resolves.toBeTruthy();
    const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await app.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'unsaved-save');
    const seen: (string | null | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await app.press('Tab');
      seen.push(await focused());
    }
    expect(seen).toEqual(['unsaved-discard', 'unsaved-cancel', 'unsaved-save', 'unsaved-discard']);
    await app.press('Shift+Tab');
    await expect(focused()).resolves.toBe('unsaved-save');
    // Undo would change the design under the question; it waits until the question is answered.
    await app.press('Control+z');
    await app.press('Escape');
    await expectKept(app);
  });

  it('asks in Japanese in the Japanese UI', async () => {
    const { app } = ctx();
    await app.runCommand('view.language');
    await editedDesign(app);
    await app.runCommand('file.new');
    await app.page.getByRole('alertdialog', { name: /への変更を保存しますか/ }).waitFor();
    await expect(app.testId('unsaved-discard').textContent()).resolves.toBe('保存しない');
    await app.testId('unsaved-cancel').click();
    await expectKept(app);
  });
});

const backupText = (app: AppPage) => app.page.evaluate(() => localStorage.getItem('eks-sandbox.backup'));

describe('the backup holds the last edit', () => {
  it('is written before the question, and removed with Don’t Save', async () => {
    const { app } = ctx();
    await editedDesign(app);
    await app.runCommand('file.new');
    await question(app).waitFor();
    // Read at once, well inside the second the backup would otherwise wait after the edit.
    expect(await backupText(app)).toContain(EDITED);
    await app.testId('unsaved-discard').click();
    await app.page.waitForSelector('.react-flow__node', { state: 'detached' });
    expect(await backupText(app)).toBeNull();
  });

  it('is flushed when the page is left right after an edit, and offered back', async () => {
    const { app, url } = ctx();
    await editedDesign(app);
    app.page.once('dialog', (d) => void d.accept());
    await app.page.goto('about:blank');
    await app.goto(url);
    expect(await backupText(app)).toContain(EDITED);
    await app.testId('backup-restore').click();
    await app.part('ng-api').getByText(EDITED, { exact: true }).waitFor();
  });

  it('is flushed when the page is hidden', async () => {
    const { app } = ctx();
    await editedDesign(app);
    const text = await app.page.evaluate(() => {
      // A tab switch: the page may be discarded after this without any further event.
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      return localStorage.getItem('eks-sandbox.backup');
    });
    expect(text).toContain(EDITED);
  });
});

describe('leaving the page', () => {
  it('asks before a page with unsaved changes is closed, and not once it is saved', async () => {
    const { app } = ctx();
    await editedDesign(app);
    const asked = app.page.waitForEvent('dialog');
    await app.page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await app.part('ng-api').getByText(EDITED, { exact: true }).waitFor();

    await downloadText(app, () => app.press('Control+s'));
    await app.page.waitForSelector('[data-testid="doc-title"][data-dirty="false"]');
    let dialogs = 0;
    app.page.on('dialog', () => dialogs++);
    await app.page.close({ runBeforeUnload: true });
    await app.page.waitForEvent('close');
    expect(dialogs).toBe(0);
  });
});
