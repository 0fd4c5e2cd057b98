/**
 * Issue 11's acceptance scenario: from a blank design, with defaults alone, a user drops a VPC, two public
 * and two private subnets, a cluster, a managed node group, a workload, an ALB and an ECR repository into
 * their natural parents, draws ALB -> workload and ECR -> workload, and the design has no error.
 */
import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './support/fixture.js';
import type { AppPage } from './support/app-page.js';
import { layoutProblems } from './support/layout-check.js';

const ctx = useApp({ width: 1280, height: 720 });
beforeAll(() => mkdir('test-results/screenshots', { recursive: true }));

async function fitView(app: AppPage): Promise<void> {
  await app.page.locator('.react-flow__controls-fitview').click();
}

/** Drops a palette item on the title band of `containerId` (or on empty canvas), as a user would. */
async function dropInto(app: AppPage, kind: string, containerId?: string): Promise<string> {
  const before = new Set(await app.partIds());
  await fitView(app);
  let at: { x: number; y: number };
  if (containerId) {
    const box = await app.boxOf(app.part(containerId));
    at = { x: box.x + box.width / 2, y: box.y + 8 };
  } else {
    const pane = await app.boxOf(app.page.locator('.react-flow__pane'));
    at = { x: pane.x + pane.width - 60, y: pane.y + 60 };
  }
  await app.dropFromPalette(kind, at);
  await app.page.waitForFunction((n) => document.querySelectorAll('.react-flow__node [data-part-id]').length > n, before.size);
  const added = (await app.partIds()).filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  expect(await app.part(added[0]!).getAttribute('data-parent-id')).toBe(containerId ?? '');
  return added[0]!;
}

describe('defaults', () => {
  it('builds a design without errors from defaults alone: VPC, 4 subnets, cluster, node group, workload, ALB, ECR', async () => {
    const { app } = ctx();
    await app.newDesign();
    const vpc = await dropInto(app, 'vpc');
    const subnets: string[] = [];
    for (let i = 0; i < 4; i++) subnets.push(await dropInto(app, 'subnet', vpc));
    const cluster = await dropInto(app, 'cluster', vpc);
    const nodeGroup = await dropInto(app, 'managed-node-group', cluster);
    const workload = await dropInto(app, 'workload', nodeGroup);
    const alb = await dropInto(app, 'alb', vpc);
    const ecr = await dropInto(app, 'ecr');
    expect(await app.part(vpc).getAttribute('data-kind')).toBe('vpc');
    expect(await app.part(ecr).getAttribute('data-kind')).toBe('ecr');

    await fitView(app);
    await app.drawConnection(alb, workload);
    await app.drawConnection(ecr, workload);
    await app.page.locator('.react-flow__edge').nth(1).waitFor();
    expect(await app.page.locator('.react-flow__edge').count()).toBe(2);

    // The ECR -> workload connection raises its (expected) image warning once validation has run.
    await app.page.locator('[data-testid="problem"][data-rule-id="design.ecr-image-mismatch"]').waitFor();
    const problems = await app
      .problems()
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-severity')} ${e.getAttribute('data-rule-id')}`));
    expect(problems.filter((p) => p.startsWith('error'))).toEqual([]);
    // Only warnings about what the user must decide (see the report of issue 11).
    expect(problems.filter((p) => p.startsWith('warning')).sort()).toEqual([
      'warning cluster.endpoint-public-open',
      'warning design.ecr-image-mismatch',
      'warning vpc.nat-per-az',
    ]);
    // Two public and two private subnets, each pair over two AZs, with CIDRs of their own.
    const facts = await Promise.all(
      subnets.map((id) =>
        app
          .part(id)
          .locator('.part-facts')
          .allTextContents()
          .then((t) => t.join(' | ')),
      ),
    );
    expect(facts).toEqual([
      'public · us-east-1a | 10.0.0.0/19',
      'public · us-east-1b | 10.0.32.0/19',
      'private · us-east-1a | 10.0.64.0/19',
      'private · us-east-1b | 10.0.96.0/19',
    ]);
    await fitView(app);
    expect(await layoutProblems(app.page)).toEqual([]);
    await app.page.screenshot({ path: 'test-results/screenshots/defaults-scenario.png' });
  });

  it('gives subnets dropped into a third zone of a VPC eksctl creates the CIDRs eksctl will give them', async () => {
    const { app } = ctx();
    await app.newDesign();
    const vpc = await dropInto(app, 'vpc');
    await dropInto(app, 'cluster', vpc);
    const subnets: string[] = [];
    for (let i = 0; i < 6; i++) subnets.push(await dropInto(app, 'subnet', vpc));
    const facts = async (id: string) => (await app.part(id).locator('.part-facts').allTextContents()).join(' | ');
    // eksctl cuts the /16 into /19s, zone i public at block i and private at block i + 3 (pkg/vpc/vpc.go).
    expect(await Promise.all(subnets.map(facts))).toEqual([
      'public · us-east-1a | 10.0.0.0/19',
      'public · us-east-1b | 10.0.32.0/19',
      'private · us-east-1a | 10.0.96.0/19',
      'private · us-east-1b | 10.0.128.0/19',
      'public · us-east-1c | 10.0.64.0/19',
      'private · us-east-1c | 10.0.160.0/19',
    ]);
    // Validation has run once the cluster's expected warning shows; the split warning must not be there.
    await app.page.locator('[data-testid="problem"][data-rule-id="cluster.endpoint-public-open"]').waitFor();
    expect(await app.page.locator('[data-testid="problem"][data-rule-id="vpc.subnets-eksctl-split"]').count()).toBe(0);
  });
});
