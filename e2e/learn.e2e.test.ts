/**
 * Learning mode (issue 17): turned on from the More menu, it explains the selected Fargate profile in English
 * and Japanese, and a clicked finding by its rule area; it is remembered after a reload. Help > Learn EKS opens a
 * template's "why this pattern" page, where a question is answered wrongly and then rightly, by mouse and keys.
 * Screenshots at 1280x720 in both languages go to test-results/screenshots/learn/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../templates/index.js';
import { seriousViolations } from './support/axe.js';
import { useApp } from './support/fixture.js';

const ctx = useApp({ width: 1280, height: 720 });
const OUT = 'test-results/screenshots/learn';

describe('learning mode', () => {
  it('explains the selected Fargate profile in English and Japanese, and is remembered', async () => {
    const { app } = ctx();
    await app.openTemplate('web-application');
    await expect(app.testId('learn-panel').count()).resolves.toBe(0);
    await app.runCommand('view.toggleLearningMode');
    await app.testId('learn-hint').waitFor();
    // With nothing selected: the design's own pricing items, the control plane first at USD 73 a month.
    const first = app.testId('learn-pricing-item').first();
    await expect(first.getAttribute('data-item')).resolves.toBe('control-plane');
    await expect(first.getAttribute('data-value')).resolves.toBe('73');
    await expect(app.testId('learn-pricing-item').count()).resolves.toBe(5);
    await app.page.screenshot({ path: join(OUT, 'learn-pricing-en.png') });

    await app.selectPart('fp-backoffice');
    const concept = app.page.locator('[data-testid="learn-panel"] [data-testid="learn-concept"]');
    await expect(concept.getAttribute('data-concept-id')).resolves.toBe('ec2-vs-fargate');
    await expect(app.testId('learn-subject').textContent()).resolves.toContain('Fargate profile fp-backoffice');
    const en = (await concept.textContent()) ?? '';
    expect(en).toContain('Fargate cannot run: DaemonSets, privileged containers, Pods that need GPUs');
    expect(en).toContain('Fargate is billed for the vCPU and memory (GB) the Pod requests, per second');
    expect(en).toContain('「2.3 柔軟なワーカーノード構成」');
    expect(en).toContain('https://docs.aws.amazon.com/eks/latest/userguide/fargate.html');
    expect(en).toContain('https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/fargate.html');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.screenshot({ path: join(OUT, 'learn-panel-en.png') });

    await app.runCommand('view.language');
    await app.page.locator('.app[data-lang="ja"]').waitFor();
    await expect(app.testId('learn-subject').textContent()).resolves.toContain('Fargate プロファイル「fp-backoffice」について');
    const ja = (await concept.textContent()) ?? '';
    expect(ja).toContain('ワーカーノード: EC2 か Fargate か');
    expect(ja).toContain('Fargate で実行できないもの: DaemonSet、特権コンテナ、GPU を使う Pod');
    expect(ja).toContain('「8.3 柔軟なワーカーノード構成」');
    // In Japanese the ja_jp page comes first, the English one beside it.
    const docs = await app.page.locator('[data-testid="learn-panel"] [data-testid="learn-docs"] li').first().textContent();
    expect(docs!.indexOf('/ja_jp/')).toBeLessThan(docs!.indexOf('https://docs.aws.amazon.com/eks/'));
    await app.page.screenshot({ path: join(OUT, 'learn-panel-ja.png') });

    // Remembered like the language: after a reload the panel is back.
    await app.goto(ctx().url);
    await app.openTemplate('web-application');
    await app.testId('learn-panel').waitFor();
    await app.testId('learn-turn-off').click();
    await app.testId('learn-panel').waitFor({ state: 'detached' });
  });

  it('explains a clicked finding by the concept of its rule area, and a part again once one is selected', async () => {
    const { app } = ctx();
    // The web-application template with its ALB on instance targets and also sending traffic to the Fargate Pods.
    const doc = loadTemplate('web-application');
    const design = {
      ...doc.design,
      parts: doc.design.parts.map((p) => (p.id === 'alb' ? { ...p, props: { ...p.props, targetType: 'instance' } } : p)),
      connections: [...doc.design.connections, { ...doc.design.connections[0]!, id: 'conn-learn', to: 'wl-backoffice' }],
    };
    await app.newDesign();
    await app.runCommand('view.toggleLearningMode');
    await app.dropFile('fargate-ip.eksdesign', JSON.stringify({ ...doc, design }));
    const problem = app.page.locator('[data-testid="problem"][data-rule-id="fargate.lb-ip-target"]');
    await problem.locator('[data-testid="problem-show"]').click();
    // The finding selects the ALB, but it is about Fargate: the panel explains EC2 vs Fargate.
    await app.page.locator('[data-testid="inspector"] [data-inspected-part-id="alb"]').waitFor();
    await expect(app.testId('learn-subject').getAttribute('data-from')).resolves.toBe('finding');
    await expect(app.testId('learn-subject').textContent()).resolves.toContain('fargate.lb-ip-target');
    const concept = app.page.locator('[data-testid="learn-panel"] [data-testid="learn-concept"]');
    await expect(concept.getAttribute('data-concept-id')).resolves.toBe('ec2-vs-fargate');
    // Selecting a part (the ALB sits under the side panel at this size; backoffice is in view) explains its kind.
    await app.selectPart('wl-backoffice');
    await expect(app.testId('learn-subject').getAttribute('data-from')).resolves.toBe('part');
    await expect(concept.getAttribute('data-concept-id')).resolves.toBe('workloads');
  });

  it('opens a template\'s "why this pattern" page and checks answers, by mouse and by keyboard', async () => {
    const { app } = ctx();
    await app.runCommand('help.learn');
    await app.testId('learn-dialog').waitFor();
    await app.testId('learn-nav-pattern-web-application').click();
    await expect(app.testId('learn-page').getAttribute('data-page')).resolves.toBe('pattern:web-application');
    await expect(app.testId('learn-nav-pattern-web-application').getAttribute('aria-current')).resolves.toBe('page');

    // Checking with nothing picked asks for an answer.
    await app.testId('learn-check-nat-cost').click();
    await expect(app.testId('learn-question-nat-cost').textContent()).resolves.toContain('Pick an answer first.');

    await app.testId('learn-choice-nat-cost-1').check();
    await app.testId('learn-check-nat-cost').click();
    const result = app.testId('learn-result-nat-cost');
    await expect(result.getAttribute('data-correct')).resolves.toBe('false');
    await expect(result.textContent()).resolves.toContain("Not quite. The answer is: Set the VPC's NAT gateway to Single");

    // Keyboard: arrow keys move between the choices (a radio group), Tab reaches the check button.
    await app.testId('learn-choice-nat-cost-1').focus();
    await app.press('ArrowUp');
    await expect(app.testId('learn-choice-nat-cost-0').isChecked()).resolves.toBe(true);
    await app.press('Tab');
    await app.press('Enter');
    await expect(result.getAttribute('data-correct')).resolves.toBe('true');
    await expect(result.textContent()).resolves.toContain('one instead of three removes two thirds of the hourly charge');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.screenshot({ path: join(OUT, 'learn-pattern-en.png') });

    await app.press('Escape');
    await app.testId('learn-dialog').waitFor({ state: 'detached' });
    await app.runCommand('view.language');
    await app.runCommand('help.learn');
    await app.testId('learn-nav-pattern-web-application').click();
    await app.testId('learn-choice-fargate-billing-1').check();
    await app.testId('learn-check-fargate-billing').click();
    await expect(app.testId('learn-result-fargate-billing').textContent()).resolves.toContain('正解です。');
    await expect(app.testId('learn-page').textContent()).resolves.toContain('この設計パターンを選ぶ理由: Web アプリケーション');
    await app.page.screenshot({ path: join(OUT, 'learn-pattern-ja.png') });
  });
});

describe('learning mode, dark theme in Japanese (axe-core)', () => {
  const dark = useApp({ width: 1280, height: 720, colorScheme: 'dark' });

  it('has no serious accessibility violation in the Learn panel and Help > Learn EKS', async () => {
    const { app } = dark();
    await app.runCommand('view.language');
    await app.openTemplate('microservices');
    await app.runCommand('view.toggleLearningMode');
    await app.selectPart('cloud-map');
    await expect(
      app.page.locator('[data-testid="learn-panel"] [data-testid="learn-concept"]').getAttribute('data-concept-id'),
    ).resolves.toBe('service-discovery');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.testId('learn-open').click();
    await expect(app.testId('learn-page').getAttribute('data-page')).resolves.toBe('concept:service-discovery');
    await app.testId('learn-nav-pattern-microservices').click();
    await app.testId('learn-choice-pending-pods-0').check();
    await app.testId('learn-check-pending-pods').click();
    await expect(app.testId('learn-result-pending-pods').getAttribute('data-correct')).resolves.toBe('false');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.screenshot({ path: join(OUT, 'learn-pattern-ja-dark.png') });
  });
});
