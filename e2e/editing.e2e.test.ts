import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture.js';
import type { AppPage } from './support/app-page.js';

const ctx = useApp({ width: 2000, height: 1200 });

async function origin(app: AppPage) {
  const b = await app.boxOf(app.page.locator('.react-flow__pane'));
  return { x: b.x, y: b.y };
}

describe('editing', () => {
  it('connects an ALB to a workload, and refuses a meaningless connection', async () => {
    const { app } = ctx();
    await app.newDesign();
    const o = await origin(app);
    await app.dropFromPalette('vpc', { x: o.x + 20, y: o.y + 20 });
    await app.dropFromPalette('alb', { x: o.x + 150, y: o.y + 400 });
    await app.dropFromPalette('cluster', { x: o.x + 300, y: o.y + 80 });
    await app.dropFromPalette('workload', { x: o.x + 600, y: o.y + 300 });
    await app.dropFromPalette('ecr', { x: o.x + 1200, y: o.y + 120 });
    expect(await app.page.locator('.react-flow__edge').count()).toBe(0);

    await app.drawConnection('alb-1', 'workload-1');
    await app.page.locator('.react-flow__edge[data-id="conn-1"]').waitFor();
    expect(await app.page.locator('.react-flow__edge').count()).toBe(1);

    // ECR -> ALB means nothing in the model, so the canvas refuses it; a second ECR -> workload is a duplicate.
    await app.drawConnection('ecr-1', 'alb-1');
    expect(await app.page.locator('.react-flow__edge').count()).toBe(1);
    await app.drawConnection('ecr-1', 'workload-1');
    await app.page.locator('.react-flow__edge[data-id="conn-2"]').waitFor();
    await app.drawConnection('ecr-1', 'workload-1');
    expect(await app.page.locator('.react-flow__edge').count()).toBe(2);
    await app.page.screenshot({ path: 'test-results/screenshots/connected.png' });
  });

  it('undoes and redoes adds, drags and deletes with the keyboard', async () => {
    const { app } = ctx();
    await app.newDesign();
    const o = await origin(app);
    await app.dropFromPalette('ecr', { x: o.x + 200, y: o.y + 200 });
    await app.dropFromPalette('cloud-map', { x: o.x + 500, y: o.y + 200 });
    expect(await app.partIds()).toEqual(['ecr-1', 'cloud-map-1']);

    const before = await app.boxOf(app.part('ecr-1'));
    await app.page.mouse.move(before.x + 100, before.y + 40);
    await app.page.mouse.down();
    for (let i = 1; i <= 10; i++) await app.page.mouse.move(before.x + 100 + i * 15, before.y + 40 + i * 10);
    await app.page.mouse.up();
    const after = await app.boxOf(app.part('ecr-1'));
    expect(after.x - before.x).toBeGreaterThan(100);

    // The whole drag is one step.
    await app.press('Control+z');
    expect((await app.boxOf(app.part('ecr-1'))).x).toBeCloseTo(before.x, 0);
    await app.press('Control+z');
    expect(await app.partIds()).toEqual(['ecr-1']);
    await app.press('Control+Shift+z');
    expect(await app.partIds()).toEqual(['ecr-1', 'cloud-map-1']);
    await app.press('Control+y');
    expect((await app.boxOf(app.part('ecr-1'))).x).toBeCloseTo(after.x, 0);

    await app.selectPart('cloud-map-1');
    await app.press('Delete');
    expect(await app.partIds()).toEqual(['ecr-1']);
    await app.press('Control+z');
    expect(await app.partIds()).toEqual(['ecr-1', 'cloud-map-1']);

    await app.press('Control+a');
    await app.press('Control+d');
    expect(await app.partIds()).toHaveLength(4);
    await app.press('Control+z');
    expect(await app.partIds()).toHaveLength(2);
  });

  it('shows a Fargate profile placed in a public subnet as a problem on the panel and the part, and clears it when fixed', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await expect(app.page.locator('[data-rule-id="fargate.private-subnets-only"]').count()).resolves.toBe(0);

    await app.selectPart('fp-backoffice');
    const subnet = (id: string) => app.testId('field-subnetIds').locator(`input[data-value="${id}"]`);
    await subnet('subnet-public-1a').check();
    const problem = app.page.locator('[data-testid="problem"][data-rule-id="fargate.private-subnets-only"]');
    await problem.waitFor();
    await expect(problem.getAttribute('data-severity')).resolves.toBe('error');
    await expect(problem.textContent()).resolves.toContain('public subnets');
    await app.part('fp-backoffice').locator('[data-testid="problem-marker"][data-severity="error"]').waitFor();

    // Clicking the problem selects the part it concerns.
    await app.selectPart('wl-web');
    await problem.click();
    await app.page.locator('.react-flow__node.selected[data-id="fp-backoffice"]').waitFor();
    expect(await app.page.locator('.react-flow__node.selected[data-id="wl-web"]').count()).toBe(0);
    // ...and centres it: once the canvas says the view has landed, the part is in the middle of the pane.
    await app.viewSettled();
    const pane = await app.boxOf(app.page.locator('.react-flow__pane'));
    const shown = await app.centreOf('fp-backoffice');
    expect(Math.abs(shown.x - (pane.x + pane.width / 2))).toBeLessThan(4);
    expect(Math.abs(shown.y - (pane.y + pane.height / 2))).toBeLessThan(4);
    await app.selectPart('wl-web');
    await app.selectPart('fp-backoffice');

    await subnet('subnet-private-1a').check();
    await subnet('subnet-private-1c').check();
    await subnet('subnet-public-1a').uncheck();
    await problem.waitFor({ state: 'detached' });
    expect(await app.part('fp-backoffice').locator('[data-testid="problem-marker"]').count()).toBe(0);
  });

  it('shows inline validation messages and keeps invalid values out of the design', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await app.selectPart('ng-web');
    const min = app.testId('field-minSize');
    await min.fill('-3');
    await min.press('Enter');
    await app.page.locator('[data-testid="inspector"] [data-testid="field-error"]').waitFor();
    await expect(app.part('ng-web').textContent()).resolves.not.toContain('min -3');
  });
});
