/**
 * Compare mode in Chromium: a template is edited on the canvas (a node group scaled, a workload deleted, an ECR
 * repository dropped and connected), then File > Compare with… > Last saved version marks the parts (green, amber,
 * red ghost) and the connections (the new one green, the deleted workload's a dashed red ghost line), lists the changes, the changed fields of the selected part, the cost delta and the findings delta; Escape, Close
 * and an edit leave compare mode. The expected comparison is worked out in Node from the same edits
 * (shared/diff), and the cost change is checked against the two estimates. Screenshots in English and Japanese.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateCost, sumCents } from '../shared/cost/index.js';
import { compareDesigns } from '../shared/diff/index.js';
import { addPart, connect, deleteConnections, deleteParts } from '../shared/editor/commands.js';
import type { Design } from '../shared/model/design.js';
import { serializeDesign, toDocument } from '../shared/model/document.js';
import { exportEksctlYaml } from '../shared/export/index.js';
import { importEksctlYaml } from '../shared/round-trip/index.js';
import { fixtureText } from '../test-support/eksctl-fixtures.js';
import { parseDocument } from 'yaml';
import { defaultRuleContext } from '../shared/rules/engine.js';
import { loadTemplate } from '../templates/index.js';
import { formatChange, formatUsd } from '../renderer/panels/cost-format.js';
import { COMPARE_PALETTE } from '../renderer/export/palette.js';
import type { AppPage } from './support/app-page.js';
import { seriousViolations } from './support/axe.js';
import { useApp } from './support/fixture.js';

const ctx = useApp({ width: 1280, height: 720 });
beforeAll(() => mkdir('test-results/screenshots', { recursive: true }));

/** The edits the test makes on the canvas, made in Node: the oracle's "after" design. */
function editedInNode(): { before: Design; after: Design } {
  const before = loadTemplate('web-application').design;
  let after: Design = {
    ...before,
    parts: before.parts.map((p) => (p.id === 'ng-web' ? ({ ...p, props: { ...p.props, desiredCapacity: 5 } } as typeof p) : p)),
  };
  after = deleteConnections(deleteParts(after, ['wl-backoffice']), ['wl-backoffice']);
  const ecr = addPart(after, 'ecr');
  return { before, after: connect(ecr.design, ecr.id, 'wl-web').design };
}

const node = (app: AppPage, id: string) => app.page.locator('.react-flow__node').filter({ has: app.part(id) });

async function editOnCanvas(app: AppPage): Promise<string> {
  await app.openTemplate('web-application');
  await app.selectPart('ng-web');
  const desired = app.testId('field-desiredCapacity');
  await desired.fill('5');
  await desired.press('Enter');
  await app.selectPart('wl-backoffice');
  await app.press('Delete');
  await app.part('wl-backoffice').waitFor({ state: 'detached' });
  // An ECR repository dropped under the two of the template, where nothing else is (the whole design in view).
  await app.page.locator('.react-flow__controls-fitview').click();
  const ids = await app.partIds();
  const ecr = await app.boxOf(app.part('ecr-backoffice'));
  await app.dropFromPalette('ecr', { x: ecr.x + ecr.width / 2, y: ecr.y + ecr.height + 70 });
  await expect.poll(async () => (await app.partIds()).length).toBe(ids.length + 1);
  const addedId = (await app.partIds()).find((id) => !ids.includes(id))!;
  // The new repository feeds wl-web: a connection the last save does not have.
  const edgesBefore = await app.page.locator('.react-flow__edge').count();
  await app.drawConnection(addedId, 'wl-web');
  await expect.poll(() => app.page.locator('.react-flow__edge').count()).toBe(edgesBefore + 1);
  return addedId;
}

/** The look of the canvas's compare-marked connections: the line's computed stroke, dash and fading. */
async function markedEdges(app: AppPage) {
  return app.page.locator('.react-flow__edge[class*="compare-"]').evaluateAll((gs) =>
    gs.map((g) => {
      const path = g.querySelector('path.react-flow__edge-path')!;
      const style = getComputedStyle(path);
      return {
        id: g.getAttribute('data-id'),
        status: /compare-(added|removed)/.exec(g.getAttribute('class') ?? '')?.[1],
        stroke: style.stroke,
        dash: style.strokeDasharray,
        opacity: style.opacity,
        pointer: getComputedStyle(g).pointerEvents,
      };
    }),
  );
}

async function compareWithLastSave(app: AppPage): Promise<void> {
  await app.runCommand('file.compare');
  await app.testId('compare-with').waitFor();
  await app.testId('compare-with-last-save').click();
  await app.testId('compare-panel').waitFor();
}

describe('compare mode', () => {
  it('marks added, changed and removed parts, lists the changes, the cost delta and the findings, and Escape leaves', async () => {
    const { app } = ctx();
    const addedId = await editOnCanvas(app);
    await compareWithLastSave(app);
    await expect(app.testId('compare-title').textContent()).resolves.toBe('Compared with the last save');

    // Colours: the classes on the React Flow nodes.
    await expect(node(app, addedId).getAttribute('class')).resolves.toContain('compare-added');
    await expect(node(app, 'ng-web').getAttribute('class')).resolves.toContain('compare-changed');
    const ghost = node(app, 'wl-backoffice');
    await expect(ghost.getAttribute('class')).resolves.toContain('compare-removed');
    expect(await ghost.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
    for (const id of ['alb', 'cluster', 'ecr-web', 'wl-web']) {
      await expect(node(app, id).getAttribute('class')).resolves.not.toMatch(/compare-/);
    }
    expect(await app.page.locator('.react-flow__node[class*="compare-"]').count()).toBe(3);
    // Connections: the new image pull green, the deleted workload's image pull a faded dashed red ghost line
    // that ends at the ghost; the others keep their kind's look.
    const edges = await markedEdges(app);
    expect(edges.sort((a, b) => a.status!.localeCompare(b.status!))).toEqual([
      {
        id: expect.any(String),
        status: 'added',
        stroke: 'rgb(26, 127, 55)',
        dash: 'none',
        opacity: '1',
        pointer: expect.any(String),
      },
      {
        id: 'compare-ghost:conn-3',
        status: 'removed',
        stroke: 'rgb(207, 34, 46)',
        dash: '6px, 4px',
        opacity: '0.55',
        pointer: 'none',
      },
    ]);
    // A ghost line cannot be reached with Tab (the panel lists it).
    expect(await app.page.locator('.react-flow__edge.compare-removed').getAttribute('tabindex')).toBeNull();
    const connectionRows = await app.page
      .locator('[data-testid="compare-connections"] > li')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-status')}|${e.textContent!.trim()}`));
    expect(connectionRows).toEqual([
      expect.stringMatching(/^added\|added: \S+ → web$/),
      'removed|removed: web-app-backoffice → backoffice',
    ]);

    // The list: one row per added, changed and removed part, as the comparison in Node has them.
    const { before, after } = editedInNode();
    const oracle = compareDesigns(before, after, { today: defaultRuleContext().today });
    const rows = await app.page
      .locator('[data-testid="compare-part"]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-status')}:${e.getAttribute('data-part')}`));
    expect([
      oracle.parts.added.length,
      oracle.parts.changed.map((p) => p.after.id),
      oracle.parts.removed.map((p) => p.id),
    ]).toEqual([1, ['ng-web'], ['wl-backoffice']]);
    expect(rows).toEqual([`added:${addedId}`, 'changed:ng-web', 'removed:wl-backoffice']);

    // Cost: before, after and change of the total are the two estimates'; the node group's line grew.
    const costBefore = estimateCost(before, { today: defaultRuleContext().today }).monthlyTotal;
    const costAfter = estimateCost(after, { today: defaultRuleContext().today }).monthlyTotal;
    const total = app.testId('compare-cost-total');
    await expect(total.locator('td').allTextContents()).resolves.toEqual([
      formatUsd(costBefore),
      formatUsd(costAfter),
      formatChange(sumCents([costAfter, -costBefore])),
    ]);
    expect(costAfter).toBeGreaterThan(costBefore);
    const ngLines = app.page.locator('[data-testid="compare-cost-line"]', { hasText: 'ng-web' });
    expect(await ngLines.count()).toBeGreaterThan(0);
    await expect(ngLines.first().locator('td').last().textContent()).resolves.toMatch(/^\+\$/);

    // Findings: as many appear and disappear as the comparison in Node says.
    const count = (id: string) => app.page.locator(`[data-testid="${id}"] > li`).count();
    expect(await count('compare-findings-appeared')).toBe(oracle.findings.appeared.length);
    expect(await count('compare-findings-disappeared')).toBe(oracle.findings.disappeared.length);

    // A click on the changed part selects it (the inspector shows it) and lists its field, old -> new.
    await app.page.locator('[data-testid="compare-part"][data-part="ng-web"]').click();
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="ng-web"]').waitFor();
    const field = app.page.locator('[data-testid="compare-selected"] li[data-path="props.desiredCapacity"]');
    await expect(field.textContent()).resolves.toBe('props.desiredCapacity 3 → 5');
    await expect(node(app, 'ng-web').getAttribute('class')).resolves.toContain('compare-changed');

    // The whole design in view and nothing selected, so the compare panel has the side column's room.
    await app.page.locator('.react-flow__controls-fitview').click();
    await app.page.locator('.react-flow__pane').click({ position: { x: 4, y: 4 } });
    await app.page.locator('[data-testid="compare-selected"]').waitFor({ state: 'detached' });
    await app.page.screenshot({ path: 'test-results/screenshots/compare-en.png' });
    expect(await seriousViolations(app.page, '[data-testid="compare-panel"]')).toEqual([]);

    await app.runCommand('view.language');
    await expect(app.testId('compare-title').textContent()).resolves.toBe('前回の保存と比較');
    await expect(app.page.locator('[data-testid="compare-cost"] thead th').allTextContents()).resolves.toEqual([
      '項目',
      '変更前',
      '変更後',
      '差額',
    ]);
    await app.page.screenshot({ path: 'test-results/screenshots/compare-ja.png' });
    await app.runCommand('view.language');

    // Escape leaves compare mode: no panel, no marks, no ghost.
    await app.press('Escape');
    await app.testId('compare-panel').waitFor({ state: 'detached' });
    expect(await app.page.locator('.react-flow__node[class*="compare-"]').count()).toBe(0);
    expect(await app.part('wl-backoffice').count()).toBe(0);
  });

  it('exports the compare view as SVG and PNG: added green, changed amber, removed a faded dashed red ghost, connections too', async () => {
    const { app } = ctx();
    const addedId = await editOnCanvas(app);
    await compareWithLastSave(app);
    const download = async (format: 'png' | 'svg') => {
      await app.testId(`compare-export-${format}`).click();
      await app.testId('image-export').waitFor();
      const [file] = await Promise.all([app.page.waitForEvent('download'), app.testId('image-export-run').click()]);
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      await app.testId('image-export').waitFor({ state: 'detached' });
      return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const svgFile = await download('svg');
    expect(svgFile.name).toMatch(/-compare\.svg$/);
    await writeFile('test-results/screenshots/compare-export.svg', svgFile.bytes);
    // Parsed as the browser parses it: each marked part's group, its outline's colour and dash, a ghost's opacity.
    const marks = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        parts: [...doc.querySelectorAll('g[data-part-id][data-compare]')].map((g) => {
          const outline = g.querySelector(':scope > rect[data-role="compare-mark"]');
          return {
            id: g.getAttribute('data-part-id'),
            status: g.getAttribute('data-compare'),
            stroke: outline?.getAttribute('stroke'),
            dashed: outline?.hasAttribute('stroke-dasharray'),
            faded: g.querySelector(':scope > g[opacity]')?.getAttribute('opacity') ?? null,
          };
        }),
        lines: [...doc.querySelectorAll('g[data-connection-id][data-compare]:not([data-role])')].map((g) => {
          const path = g.querySelector('path')!;
          return {
            id: g.getAttribute('data-connection-id'),
            status: g.getAttribute('data-compare'),
            stroke: path.getAttribute('stroke'),
            dash: path.getAttribute('stroke-dasharray'),
            faded: g.getAttribute('opacity'),
          };
        }),
        unmarked: ['alb', 'cluster', 'ecr-web', 'wl-web'].map((id) =>
          doc.querySelector(`g[data-part-id="${id}"]`)?.hasAttribute('data-compare'),
        ),
      };
    }, svgFile.bytes.toString('utf8'));
    expect(marks.parseError).toBeNull();
    expect(marks.parts.sort((a, b) => a.status!.localeCompare(b.status!))).toEqual([
      { id: addedId, status: 'added', stroke: COMPARE_PALETTE.added, dashed: false, faded: null },
      { id: 'ng-web', status: 'changed', stroke: COMPARE_PALETTE.changed, dashed: false, faded: null },
      { id: 'compare-ghost:wl-backoffice', status: 'removed', stroke: COMPARE_PALETTE.removed, dashed: true, faded: '0.55' },
    ]);
    expect(marks.unmarked).toEqual([false, false, false, false]);
    // The new connection green, the removed one a faded dashed red ghost line, as on the canvas.
    expect(marks.lines.sort((a, b) => a.status!.localeCompare(b.status!))).toEqual([
      { id: expect.any(String), status: 'added', stroke: COMPARE_PALETTE.added, dash: null, faded: null },
      { id: 'compare-ghost:conn-3', status: 'removed', stroke: COMPARE_PALETTE.removed, dash: '6 4', faded: '0.55' },
    ]);
    // The canvas's colours are the same ones (compare.css), so the picture looks like the view.
    const canvasOutline = await node(app, 'ng-web')
      .locator('.part')
      .evaluate((el) => getComputedStyle(el).outlineColor);
    expect(canvasOutline).toBe('rgb(178, 107, 0)');
    expect(COMPARE_PALETTE.changed).toBe('#b26b00');

    const pngFile = await download('png');
    expect(pngFile.name).toMatch(/-compare\.png$/);
    expect([...pngFile.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await writeFile('test-results/screenshots/compare-export.png', pngFile.bytes);
    // Exporting leaves compare mode on.
    expect(await app.testId('compare-panel').count()).toBe(1);
  });

  it('leaves compare mode on Close and on an edit; is read-only while on', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await compareWithLastSave(app);
    await expect(app.testId('compare-equal').textContent()).resolves.toBe(
      'No differences: the open design is the same as the other one.',
    );
    await app.testId('compare-close').click();
    await app.testId('compare-panel').waitFor({ state: 'detached' });

    await compareWithLastSave(app);
    // Parts cannot be dragged while comparing: a drag moves nothing (there is nothing to undo) and compare
    // mode stays on. (On a part that cannot be dragged, React Flow pans the view instead.)
    const at = await app.boxOf(app.part('alb'));
    await app.page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(at.x + at.width / 2 + 80, at.y + at.height / 2 + 60, { steps: 5 });
    await app.page.mouse.up();
    expect(await app.testId('cmd-edit.undo').isDisabled()).toBe(true);
    expect(await app.testId('compare-panel').count()).toBe(1);

    // An edit in the inspector: the comparison would be stale, so compare mode ends.
    await app.selectPart('ng-web');
    await app.testId('compare-panel').waitFor();
    const desired = app.testId('field-desiredCapacity');
    await desired.fill('4');
    await desired.press('Enter');
    await app.testId('compare-panel').waitFor({ state: 'detached' });
  });

  it('compares with a design file chosen as Open chooses one', async () => {
    const { app, tmp } = ctx();
    await app.openTemplate('web-application');
    const other = loadTemplate('microservices').design;
    const path = join(tmp, 'shop.eksdesign');
    await writeFile(path, serializeDesign(toDocument(other)));
    await app.runCommand('file.compare');
    await app.testId('compare-with').waitFor();
    await app.page.screenshot({ path: 'test-results/screenshots/compare-dialog-en.png' });
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('compare-with-file').click()]);
    await chooser.setFiles(path);
    await app.testId('compare-panel').waitFor();
    await expect(app.testId('compare-title').textContent()).resolves.toBe('Compared with shop.eksdesign');
    // The file is the first side, the open design the second, as in `eks-sandbox diff shop.eksdesign open`.
    const oracle = compareDesigns(other, loadTemplate('web-application').design, { today: defaultRuleContext().today });
    const statuses = await app.page
      .locator('[data-testid="compare-part"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.filter((s) => s === 'added')).toHaveLength(oracle.parts.added.length);
    expect(statuses.filter((s) => s === 'changed')).toHaveLength(oracle.parts.changed.length);
    expect(statuses.filter((s) => s === 'removed')).toHaveLength(oracle.parts.removed.length);
    expect(await app.page.locator('.react-flow__node.compare-removed').count()).toBe(oracle.parts.removed.length);
  });

  it('compares an edited export of an import with the cluster.yaml it came from', async () => {
    const { app, tmp } = ctx();
    // The file a cluster was made from, and the design a user made of it: imported, exported, edited in the YAML
    // (a node group scaled, another deleted) and imported again, so every part id is the importer's.
    const original = fixtureText('15-managed-nodes.yaml');
    const imported = importEksctlYaml(original).document.design;
    const doc = parseDocument(exportEksctlYaml(imported, { force: true }).yaml);
    doc.setIn(['managedNodeGroups', 0, 'desiredCapacity'], 4);
    doc.deleteIn(['managedNodeGroups', 3]);
    const edited = importEksctlYaml(doc.toString()).document;
    await app.dropFile('cluster-15.eksdesign', serializeDesign(edited));
    await app.page.locator('[data-testid="canvas"][data-opened-view="true"]').waitFor();
    const yamlPath = join(tmp, 'cluster.yaml');
    await writeFile(yamlPath, original);
    await app.runCommand('file.compare');
    await app.testId('compare-with').waitFor();
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testId('compare-with-yaml').click()]);
    await chooser.setFiles(yamlPath);
    await app.testId('compare-panel').waitFor();

    const oracle = compareDesigns(imported, edited.design, { today: defaultRuleContext().today });
    const rows = await app.page
      .locator('[data-testid="compare-part"]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-status')}:${e.textContent}`));
    expect(oracle.parts.changed.map((p) => p.after.name)).toEqual(['managed-ng-public']);
    expect(oracle.parts.removed.map((p) => p.name)).toEqual(['custom-launch-template']);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^changed:.*managed-ng-public/);
    expect(rows[1]).toMatch(/^removed:.*custom-launch-template/);
    const changedId = oracle.parts.changed[0]!.after.id;
    await expect(node(app, changedId).getAttribute('class')).resolves.toContain('compare-changed');
    expect(await app.page.locator('.react-flow__node.compare-removed').count()).toBe(1);
    await app.page.locator(`[data-testid="compare-part"][data-part="${changedId}"]`).click();
    await expect(
      app.page.locator('[data-testid="compare-selected"] li[data-path="props.desiredCapacity"]').textContent(),
    ).resolves.toBe('props.desiredCapacity 3 → 4');
    // us-west-2 has no prices: the panel says so for each side, in the UI's language.
    await expect(app.testId('compare-cost-unavailable').textContent()).resolves.toBe(
      'No cost comparison: Before: no prices for region us-west-2 (regions with prices: ap-northeast-1, us-east-1), After: no prices for region us-west-2 (regions with prices: ap-northeast-1, us-east-1)',
    );
    await app.runCommand('view.language');
    await expect(app.testId('compare-cost-unavailable').textContent()).resolves.toBe(
      'コストを比較できません: 変更前: リージョン us-west-2 の料金がありません（料金のあるリージョン: ap-northeast-1、us-east-1）、変更後: リージョン us-west-2 の料金がありません（料金のあるリージョン: ap-northeast-1、us-east-1）',
    );
    await app.runCommand('view.language');
  });
});
