/**
 * Templates and imported configs open at 1280x720 at a zoom where every text line of a card (name, kind,
 * facts) is at least 11 px on screen (scrolling rather than shrinking), with the cluster in view; card texts cut short by an ellipsis
 * carry their whole text as a tooltip; an imported 3-AZ existing-VPC config is laid out without overlaps.
 */
import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/index.js';
import { useApp } from './support/fixture.js';
import type { AppPage } from './support/app-page.js';
import { layoutProblems } from './support/layout-check.js';

const ctx = useApp({ width: 1280, height: 720 });

/** The config of issue 11's report: an existing VPC over 3 AZs, three node groups and a Fargate profile. */
const EXISTING_VPC_3AZ = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: eu-north-1
  version: "1.34"
vpc:
  id: vpc-0dd338ecf29863c55
  subnets:
    private:
      eu-north-1a: { id: subnet-0b2512f8c6ae9bf30 }
      eu-north-1b: { id: subnet-08cb9a2ed60394ce3 }
      eu-north-1c: { id: subnet-00f71956cdec8f1dc }
    public:
      eu-north-1a: { id: subnet-0153e560b3129a696 }
      eu-north-1b: { id: subnet-0cc9c5aebe75083fd }
      eu-north-1c: { id: subnet-009fa0199ec203c37 }
managedNodeGroups:
  - name: web
    instanceType: m6i.large
    privateNetworking: true
  - name: batch
    instanceType: c6i.xlarge
    privateNetworking: true
nodeGroups:
  - name: legacy
    instanceType: m5.large
    privateNetworking: true
fargateProfiles:
  - name: system
    selectors:
      - namespace: kube-system
`;
beforeAll(() => mkdir('test-results/screenshots', { recursive: true }));

/**
 * The opened view's zoom and the on-screen size of every text line on the parts (card and container names,
 * kinds, facts), smallest first, once the opened design's view is set.
 */
async function openedView(app: AppPage): Promise<{ zoom: number; namePx: number; lines: { text: string; px: number }[] }> {
  await app.page.locator('[data-testid="canvas"][data-opened-view="true"]').waitFor();
  return app.page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const name = document.querySelector('.react-flow__node .part.card .part-name')!;
    const lines = [
      ...document.querySelectorAll<HTMLElement>(
        '.react-flow__node .part-name, .react-flow__node .part-kind, .react-flow__node .part-facts',
      ),
    ]
      .map((el) => ({ text: `${el.className}: ${el.textContent ?? ''}`, px: parseFloat(getComputedStyle(el).fontSize) * zoom }))
      .sort((a, b) => a.px - b.px);
    return { zoom, namePx: parseFloat(getComputedStyle(name).fontSize) * zoom, lines };
  });
}

/** Cards whose text runs past their bottom edge (taller than the card), by name. */
async function overflowingCards(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node .part.card')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1)
      .map((el) => el.querySelector('.part-name')?.textContent ?? '?'),
  );
}

/** The text lines drawn smaller than 11 px on screen. */
const unreadable = (lines: { text: string; px: number }[]) => lines.filter((l) => l.px < 11 - 1e-6);

/** Card texts that are cut short on screen but have no tooltip with their whole text. */
async function truncatedWithoutTitle(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.react-flow__node .part-name, .react-flow__node .part-kind, .react-flow__node .part-facts',
      ),
    ]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.title !== el.textContent)
      .map((el) => el.textContent ?? ''),
  );
}

/** Whether the first cluster's title is inside the canvas's visible area. */
async function clusterInView(app: AppPage): Promise<boolean> {
  const pane = await app.boxOf(app.page.locator('.react-flow__pane'));
  const cluster = await app.boxOf(app.partsOfKind('cluster').first());
  return (
    cluster.x >= pane.x && cluster.y >= pane.y && cluster.x + 40 <= pane.x + pane.width && cluster.y + 30 <= pane.y + pane.height
  );
}

describe('readable zoom', () => {
  for (const { id } of TEMPLATES) {
    it(`opens the ${id} template with card names of at least 11 px and the cluster in view`, async () => {
      const { app } = ctx();
      await app.openTemplate(id);
      const { zoom, namePx, lines } = await openedView(app);
      expect(namePx).toBeGreaterThanOrEqual(11);
      // Every line of every card (kind and facts too), and of every container's title bar.
      expect(lines.length).toBeGreaterThan(0);
      expect(unreadable(lines)).toEqual([]);
      expect(zoom).toBeLessThanOrEqual(1);
      expect(await clusterInView(app)).toBe(true);
      expect(await truncatedWithoutTitle(app)).toEqual([]);
      expect(await overflowingCards(app)).toEqual([]);
      await app.page.screenshot({ path: `test-results/screenshots/readable-${id}.png` });
    });
  }

  it('opens every template in Japanese with every card line readable, cut short only with a tooltip', async () => {
    const { app } = ctx();
    await app.runCommand('view.language');
    for (const { id } of TEMPLATES) {
      await app.openTemplate(id);
      const { lines } = await openedView(app);
      expect(unreadable(lines)).toEqual([]);
      expect(await truncatedWithoutTitle(app)).toEqual([]);
      expect(await overflowingCards(app)).toEqual([]);
      await app.page.screenshot({ path: `test-results/screenshots/readable-${id}-ja.png` });
      await app.runCommand('file.home');
    }
  });

  it('imports a 3-AZ existing-VPC config readable, laid out without overlaps, subnets named by id', async () => {
    const { app } = ctx();
    // Dropped on the window, as a user drags a file in.
    await app.dropFile('shop.yaml', EXISTING_VPC_3AZ);
    await app.testId('editor').waitFor();
    const { namePx, lines } = await openedView(app);
    expect(namePx).toBeGreaterThanOrEqual(11);
    expect(unreadable(lines)).toEqual([]);
    expect(await overflowingCards(app)).toEqual([]);
    expect(await clusterInView(app)).toBe(true);
    await app.page.locator('.react-flow__controls-fitview').click();
    expect(await layoutProblems(app.page)).toEqual([]);
    const subnetNames = await app.partsOfKind('subnet').locator('.part-name').allTextContents();
    expect(subnetNames).toHaveLength(6);
    for (const name of subnetNames) expect(name).toMatch(/^subnet-0[0-9a-f]{16}$/);
    expect(await app.partsOfKind('fargate-profile').getAttribute('data-parent-id')).toBe('cluster');
    await app.page.screenshot({ path: 'test-results/screenshots/readable-import-existing-vpc.png' });
  });
});
