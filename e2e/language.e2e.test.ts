import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/index.js';
import { useApp } from './support/fixture.js';

const ctx = useApp();

describe('language', () => {
  it('switches the UI, templates and rule messages to Japanese and back', async () => {
    const { app } = ctx();
    await app.runCommand('view.language');
    await expect(app.testId('template-web-application').textContent()).resolves.toContain(TEMPLATES[1]!.title.ja);
    await app.openTemplate('web-application');
    await expect(app.testId('palette-cluster').textContent()).resolves.toBe('EKS クラスター');
    await expect(app.testId('palette-managed-node-group').textContent()).resolves.toBe('マネージド型ノードグループ');
    await expect(app.testId('problems').locator('h2').textContent()).resolves.toContain('問題');
    await expect(app.part('ng-web').textContent()).resolves.toContain('マネージド型ノードグループ');

    await app.selectPart('fp-backoffice');
    await app.testId('field-subnetIds').locator('input[data-value="subnet-public-1a"]').check();
    const problem = app.page.locator('[data-testid="problem"][data-rule-id="fargate.private-subnets-only"]');
    await expect(problem.textContent()).resolves.toContain('Fargate プロファイル');
    await expect(problem.textContent()).resolves.toContain('修正方法');
    await app.page.screenshot({ path: 'test-results/screenshots/japanese.png' });

    await app.runCommand('view.language');
    await expect(app.testId('palette-cluster').textContent()).resolves.toBe('EKS cluster');
    await expect(problem.textContent()).resolves.toContain('Fargate profile');
  });
});
