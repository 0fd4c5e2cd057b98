import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { PART_KINDS } from '../shared/model/parts.js';
import type { AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

// The owner's smallest supported window.
const ctx = useApp({ width: 1280, height: 720 });
const SHOTS = 'test-results/screenshots';
beforeAll(() => mkdir(SHOTS, { recursive: true }));

const inspector = (app: AppPage) => app.testId('inspector');
const yaml = (app: AppPage) => app.testId('yaml-preview').textContent();

/** Every label the inspector shows for the selected part (field labels, group legends). */
async function labels(app: AppPage): Promise<string[]> {
  return inspector(app)
    .locator('.field-label, legend')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

describe('structured inspector', () => {
  it('adds an HPA to a workload that has none from sane defaults, saves it, and removes it', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('wl-backoffice');
    await expect(inspector(app).locator('[data-field-path="hpa.minReplicas"]').count()).resolves.toBe(0);
    await expect(app.testId('add-hpa').textContent()).resolves.toContain('Add autoscaling (HPA)');
    await app.testId('add-hpa').click();

    await expect(app.testId('field-hpa.minReplicas').inputValue()).resolves.toBe('2');
    await expect(app.testId('field-hpa.targetCpuPercent').inputValue()).resolves.toBe('70');
    await expect.poll(() => yaml(app)).toContain('backoffice');
    // No schema message anywhere, and the HPA is in the design: reopening the part shows it.
    await expect(inspector(app).locator('[data-testid="field-error"]').count()).resolves.toBe(0);
    await app.selectPart('wl-web');
    await app.selectPart('wl-backoffice');
    await expect(app.testId('field-hpa.maxReplicas').inputValue()).resolves.toBe('6');
    await expect(app.page.locator('[data-rule-id="as.hpa-min-max"]').count()).resolves.toBe(0);
    await app.testId('field-hpa.minReplicas').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${SHOTS}/inspector-workload-en.png` });

    await app.testId('remove-hpa').click();
    await app.testId('add-hpa').waitFor();
  });

  it("saves a node group's labels edited as key/value rows and flags a duplicate key inline", async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    const table = app.testId('field-labels');
    const before = await table.locator('[data-testid="kv-row"]').count();
    await table.locator('[data-testid="kv-add"]').click();
    const row = table.locator('[data-testid="kv-row"]').nth(before);
    await row.locator('[data-testid="kv-key"]').fill('team');
    await row.locator('[data-testid="kv-value"]').fill('payments');
    await row.locator('[data-testid="kv-value"]').press('Enter');
    await expect.poll(() => yaml(app)).toMatch(/team: payments/);

    // The same key again: flagged on the rows, not saved.
    await table.locator('[data-testid="kv-add"]').click();
    const dup = table.locator('[data-testid="kv-row"]').nth(before + 1);
    await dup.locator('[data-testid="kv-key"]').fill('team');
    await dup.locator('[data-testid="kv-value"]').fill('other');
    await dup.locator('[data-testid="kv-value"]').press('Enter');
    await expect(dup.locator('[data-testid="field-error"]').textContent()).resolves.toContain('"team" is used twice');
    expect(await yaml(app)).not.toContain('team: other');
    await app.page.screenshot({ path: `${SHOTS}/inspector-node-group-en.png` });
  });

  it("edits a workload's policy ARNs as one-column rows: a bad or repeated ARN is flagged, a good one exported", async () => {
    const { app } = ctx();
    await app.openTemplate('api-backend');
    await app.selectPart('wl-api');
    const list = app.testId('policy-arns');
    await expect(list.locator('[data-testid="arn-row"]').count()).resolves.toBe(0);
    await list.locator('[data-testid="arn-add"]').click();
    const first = list.locator('[data-testid="arn-row"]').nth(0);
    // The new row takes the focus.
    await expect(first.locator('[data-testid="arn-input"]').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await first.locator('[data-testid="arn-input"]').fill('AmazonS3ReadOnlyAccess');
    await first.locator('[data-testid="arn-input"]').press('Enter');
    await first.locator('[data-testid="field-error"]').waitFor();
    expect(await yaml(app)).not.toContain('AmazonS3ReadOnlyAccess');

    const arn = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    await first.locator('[data-testid="arn-input"]').fill(arn);
    await first.locator('[data-testid="arn-input"]').press('Enter');
    await expect.poll(() => yaml(app)).toContain(arn);
    expect(await list.locator('[data-testid="field-error"]').count()).toBe(0);

    // The same ARN twice: both rows flagged, nothing saved until it is fixed; removing the row clears it.
    await list.locator('[data-testid="arn-add"]').click();
    const second = list.locator('[data-testid="arn-row"]').nth(1);
    await second.locator('[data-testid="arn-input"]').fill(arn);
    await second.locator('[data-testid="arn-input"]').press('Enter');
    await expect.poll(() => list.locator('[data-testid="field-error"]').count()).toBe(2);
    await list.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${SHOTS}/inspector-policy-arns-en.png` });
    await second.locator('[data-testid="arn-remove"]').click();
    await expect.poll(() => list.locator('[data-testid="field-error"]').count()).toBe(0);
    await app.selectPart('wl-worker');
    await app.selectPart('wl-api');
    await expect(list.locator('[data-testid="arn-input"]').inputValue()).resolves.toBe(arn);
  });

  it('adds a taint with an effect from a select', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    const table = app.testId('field-taints');
    await table.locator('[data-testid="taint-add"]').click();
    const row = table.locator('[data-testid="taint-row"]').last();
    await row.locator('[data-testid="taint-key"]').fill('dedicated');
    await row.locator('[data-testid="taint-value"]').fill('web');
    await row.locator('[data-testid="taint-effect"]').selectOption('NoExecute');
    await expect.poll(() => yaml(app)).toMatch(/key: dedicated[\s\S]*value: web[\s\S]*effect: NoExecute/);
  });

  it("edits a Fargate profile's selectors: namespace plus labels, added and removed", async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('fp-backoffice');
    const editor = app.testId('field-selectors');
    await editor.locator('[data-testid="selector-add"]').click();
    const selector = editor.locator('[data-testid="selector"]').last();
    // Leaving the namespace empty says what is missing.
    await selector.locator('[data-testid="selector-namespace"]').focus();
    await selector.locator('[data-testid="selector-namespace"]').blur();
    await expect(selector.locator('[data-testid="field-error"]').textContent()).resolves.toContain('Enter a namespace');
    await selector.locator('[data-testid="selector-namespace"]').fill('batch');
    await selector.locator('[data-testid="selector-namespace"]').press('Enter');
    await expect.poll(() => yaml(app)).toContain('namespace: batch');
    await selector.locator('[data-testid="kv-add"]').click();
    await selector.locator('[data-testid="kv-key"]').fill('app');
    await selector.locator('[data-testid="kv-value"]').fill('worker');
    await selector.locator('[data-testid="kv-value"]').press('Enter');
    await expect.poll(() => yaml(app)).toMatch(/namespace: batch\s+labels:\s+app: worker/);
    await selector.locator('[data-testid="selector-remove"]').click();
    await expect.poll(() => yaml(app)).not.toContain('namespace: batch');
  });

  it("drops the rows' messages when undo replaces the rows", async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    const table = app.testId('field-labels');
    const before = await table.locator('[data-testid="kv-row"]').count();
    await table.locator('[data-testid="kv-add"]').click();
    const row = table.locator('[data-testid="kv-row"]').nth(before);
    await row.locator('[data-testid="kv-key"]').fill('team');
    await row.locator('[data-testid="kv-value"]').fill('payments');
    await row.locator('[data-testid="kv-value"]').press('Enter');
    await expect.poll(() => yaml(app)).toMatch(/team: payments/);
    await table.locator('[data-testid="kv-add"]').click();
    const dup = table.locator('[data-testid="kv-row"]').nth(before + 1);
    await dup.locator('[data-testid="kv-key"]').fill('team');
    await dup.locator('[data-testid="kv-value"]').press('Enter');
    await dup.locator('[data-testid="field-error"]').waitFor();
    // Undo takes the first "team" away: the rows are the part's again, and the message about them goes.
    await app.runCommand('edit.undo');
    await expect.poll(() => table.locator('[data-testid="kv-row"]').count()).toBe(before);
    expect(await table.locator('[data-testid="field-error"]').count()).toBe(0);

    // A Fargate selector left without a namespace is flagged; after undo has replaced the selectors, a new
    // selector at that place is not flagged before the user has left its namespace empty.
    await app.selectPart('fp-backoffice');
    const editor = app.testId('field-selectors');
    const selectors = await editor.locator('[data-testid="selector"]').count();
    await editor.locator('[data-testid="selector-add"]').click();
    const added = editor.locator('[data-testid="selector"]').nth(selectors);
    await added.locator('[data-testid="selector-namespace"]').fill('batch');
    await added.locator('[data-testid="selector-namespace"]').press('Enter');
    await expect.poll(() => yaml(app)).toContain('namespace: batch');
    await added.locator('[data-testid="selector-namespace"]').fill('');
    await added.locator('[data-testid="selector-namespace"]').press('Enter');
    await added.locator('[data-testid="field-error"]').waitFor();
    await expect.poll(() => yaml(app)).not.toContain('namespace: batch');
    await app.runCommand('edit.undo');
    await expect.poll(() => yaml(app)).toContain('namespace: batch');
    await app.runCommand('edit.undo');
    await expect.poll(() => yaml(app)).not.toContain('namespace: batch');
    await expect.poll(() => editor.locator('[data-testid="selector"]').count()).toBe(selectors);
    await editor.locator('[data-testid="selector-add"]').click();
    await editor.locator('[data-testid="selector"]').nth(selectors).waitFor();
    expect(await editor.locator('[data-testid="field-error"]').count()).toBe(0);
  });

  it('picks an instance type by typing "m7g.l" and Enter, with its facts, and shows it on the card', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    const search = app.testId('instance-search');
    // GPU types list their GPUs.
    await search.fill('g5.');
    await expect(app.testId('instance-list').locator('[data-type="g5.xlarge"]').textContent()).resolves.toMatch(
      /g5\.xlarge\s*4\s*16 GiB\s*amd64\s*1/,
    );
    await app.page.screenshot({ path: `${SHOTS}/inspector-instance-list.png` });
    await search.fill('m7g.l');
    const first = app.testId('instance-list').locator('[role="option"]').first();
    await expect(first.getAttribute('data-type')).resolves.toBe('m7g.large');
    await expect(first.textContent()).resolves.toMatch(/m7g\.large\s*2\s*8 GiB\s*arm64/);
    await app.page.screenshot({ path: `${SHOTS}/inspector-instance-picker.png` });
    await search.press('Enter');
    await inspector(app).locator('[data-testid="instance-chip"][data-type="m7g.large"]').waitFor();
    await expect.poll(() => app.part('ng-web').textContent()).toContain('m7g.large');
    // Arrow keys move through the list.
    await search.fill('c7i.');
    await search.press('ArrowDown');
    await expect(app.testId('instance-list').locator('[aria-selected="true"]').getAttribute('data-type')).resolves.toBe(
      'c7i.xlarge',
    );
    // Mac types are left out because EKS cannot run them, and the list says so; other misses say nothing matches.
    await search.fill('mac2.metal');
    await expect(app.testId('instance-list').textContent()).resolves.toContain('Amazon EKS cannot run them as nodes');
    await expect(app.testId('instance-list').locator('[role="option"]').count()).resolves.toBe(0);
    await app.page.screenshot({ path: `${SHOTS}/inspector-instance-mac.png` });
    await search.fill('zz9.large');
    await expect(app.testId('instance-list').textContent()).resolves.toContain('No instance type matches');
    await app.runCommand('view.language');
    await search.fill('mac1.metal');
    await expect(app.testId('instance-list').textContent()).resolves.toContain(
      'Amazon EKS は Mac インスタンスをノードとして実行できません',
    );
    await app.page.screenshot({ path: `${SHOTS}/inspector-instance-mac-ja.png` });
  });

  it('offers Regions, versions with their support status, AZs of the Region and log types as pickers', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('cluster');
    const region = app.testId('field-region');
    await expect(region.evaluate((e) => e.tagName)).resolves.toBe('SELECT');
    await expect(region.locator('option[value="eu-west-1"]').count()).resolves.toBe(1);
    const version = app.testId('field-version');
    await expect(version.locator('option[value="1.35"]').textContent()).resolves.toMatch(/1\.35 — (standard|extended) support/);
    await app.testId('field-logging').locator('input[data-value="audit"]').waitFor();
    await app.page.screenshot({ path: `${SHOTS}/inspector-cluster-en.png` });
    // The EFS CSI driver is a switch like the other controllers (one row of shared/model/addons.ts).
    const efs = app.testId('field-addons.efsCsiDriver');
    await efs.scrollIntoViewIfNeeded();
    await expect(efs.isChecked()).resolves.toBe(false);
    await efs.check();
    await app.page.screenshot({ path: `${SHOTS}/inspector-cluster-efs-en.png` });

    await app.selectPart('subnet-private-1a');
    const az = app.testId('field-availabilityZone');
    const zones = await az.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(zones).toEqual(['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d']);

    await app.selectPart('vpc');
    await app.testId('field-vpcEndpoints').locator('input[data-value="ecr.api"]').check();
    await app.selectPart('cluster');
    await app.selectPart('vpc');
    await expect(app.testId('field-vpcEndpoints').locator('input[data-value="ecr.api"]').isChecked()).resolves.toBe(true);
  });

  it('shows a refused number as a translated message that says what to enter, in Japanese', async () => {
    const { app } = ctx();
    await app.runCommand('view.language');
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    await expect(labels(app)).resolves.toContain('希望サイズ（ノード数）');
    const size = app.testId('field-volumeSize');
    await size.fill('0');
    await size.press('Enter');
    const error = inspector(app).locator('[data-testid="field-error"]');
    await expect(error.textContent()).resolves.toBe('ルートボリュームのサイズ（GiB）：1 以上の整数を入力してください。');
    await app.page.screenshot({ path: `${SHOTS}/inspector-node-group-ja.png` });
    await app.selectPart('cluster');
    await app.page.screenshot({ path: `${SHOTS}/inspector-cluster-ja.png` });
    await app.testId('field-addons.efsCsiDriver').scrollIntoViewIfNeeded();
    await expect(labels(app)).resolves.toContain('Amazon EFS CSI ドライバー');
    await app.page.screenshot({ path: `${SHOTS}/inspector-cluster-efs-ja.png` });
    await app.selectPart('wl-web');
    await app.page.screenshot({ path: `${SHOTS}/inspector-workload-ja.png` });
  });

  it('labels every field of all 13 kinds for people, in English and Japanese, and hides internal fields', async () => {
    const { app } = ctx();
    for (const lang of ['en', 'ja']) {
      const seen = new Set<string>();
      /** Selects the first part of each kind not seen yet and reads its labels. */
      const walk = async () => {
        const parts = await app.page
          .locator('.react-flow__node [data-kind]')
          .evaluateAll((els) => els.map((e) => [e.getAttribute('data-kind')!, e.getAttribute('data-part-id')!] as const));
        for (const [kind, id] of parts) {
          if (seen.has(kind)) continue;
          seen.add(kind);
          await app.selectPart(id);
          const texts = await labels(app);
          expect(texts.length, `${lang} ${kind}`).toBeGreaterThan(0);
          for (const text of texts) {
            expect(text, `${lang} ${kind}`).not.toMatch(/^[a-z]+[A-Z]\w*$/);
            expect(text, `${lang} ${kind}`).not.toMatch(/eksctlOrigin|^extra$|^source$|^baseline$/);
          }
        }
      };
      for (const template of ['web-application', 'microservices', 'api-backend', 'hybrid-cloud']) {
        if (await app.testId('editor').count()) await app.runCommand('file.home');
        await app.openTemplate(template);
        await walk();
      }
      // No template has a self-managed node group: drop one into a new cluster.
      await app.runCommand('file.home');
      await app.newDesign();
      const pane = await app.boxOf(app.page.locator('.react-flow__pane'));
      for (const [kind, x, y] of [
        ['vpc', 20, 20],
        ['cluster', 140, 90],
        ['self-managed-node-group', 170, 150],
      ] as const) {
        await app.dropFromPalette(kind, { x: pane.x + x, y: pane.y + y });
        await app.partsOfKind(kind).first().waitFor();
      }
      await walk();
      expect([...seen].sort(), lang).toEqual([...PART_KINDS].sort());
      // The dropped parts are unsaved work: let them go, so the next template opens without the question.
      await app.runCommand('file.new');
      await app.testId('unsaved-discard').click();
      if (lang === 'en') await app.runCommand('view.language');
    }
  });

  it('lets the inspector grow with a resizable split that the keyboard moves and the next start remembers', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('cluster');
    const height = async () => (await app.boxOf(inspector(app))).height;
    const before = await height();
    expect(before).toBeGreaterThan(350);
    const handle = app.testId('side-split-handle');
    await handle.focus();
    for (let i = 0; i < 4; i++) await handle.press('ArrowDown');
    await expect.poll(height).toBeGreaterThan(before + 80);
    const grown = await height();
    await expect(handle.getAttribute('aria-valuenow')).resolves.toBe('80');

    // A drag moves it too.
    const box = await app.boxOf(handle);
    await app.page.mouse.move(box.x + box.width / 2, box.y + 3);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + box.width / 2, box.y - 150, { steps: 4 });
    await app.page.mouse.up();
    await expect.poll(height).toBeLessThan(grown - 100);
    const dragged = await height();

    await app.page.reload();
    await app.page.waitForSelector('[data-app-ready="true"]');
    await app.openTemplate('web-application');
    await app.selectPart('cluster');
    await expect.poll(height).toBeCloseTo(dragged, -1);
  });

  it('gives the cost panel a readable height at 1280x720 while nothing is selected', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.press('Control+k');
    await app.testId('command-palette-input').fill('cost');
    await app.page.locator('[data-testid="command-palette"] [data-command-id="view.toggleCost"]').click();
    const panel = app.testId('cost-panel');
    await panel.waitFor();
    // Nothing is selected: the inspector is one line and the split handle is gone until a part is selected.
    await expect(app.testId('side-split-handle').isVisible()).resolves.toBe(false);
    await panel.scrollIntoViewIfNeeded();
    /** The part of the cost panel on screen, inside the scrolled area below the handle. */
    const visible = async () => {
      const p = await app.boxOf(panel);
      const area = await app.boxOf(app.page.locator('.side-rest'));
      return Math.min(p.y + p.height, area.y + area.height, 720) - Math.max(p.y, area.y);
    };
    await expect.poll(visible).toBeGreaterThanOrEqual(300);
    // The table is as wide as its columns need: no cell is cut off sideways.
    const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await app.page.screenshot({ path: `${SHOTS}/inspector-cost-1280.png` });
    await app.selectPart('cluster');
    await app.testId('side-split-handle').waitFor();
    expect((await app.boxOf(inspector(app))).height).toBeGreaterThan(350);
  });
});
