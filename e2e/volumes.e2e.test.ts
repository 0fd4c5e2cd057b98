/**
 * A workload says it keeps data on a persistent volume: the inspector adds the volume group from defaults (EBS for a
 * StatefulSet), the rules answer at once (no EBS CSI driver in the cluster: addon.ebs-csi-iam), and turning the
 * driver on clears it. Screenshots at the smallest supported window, in English and Japanese.
 */
import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppPage } from './support/app-page.js';
import { useApp } from './support/fixture.js';

const ctx = useApp({ width: 1280, height: 720 });
const SHOTS = 'test-results/screenshots';
beforeAll(() => mkdir(SHOTS, { recursive: true }));

const inspector = (app: AppPage) => app.testId('inspector');
const driverError = (app: AppPage) => app.page.locator('[data-rule-id="addon.ebs-csi-iam"]').count();

async function labels(app: AppPage): Promise<string[]> {
  return inspector(app)
    .locator('.field-label, legend')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** web-application's web Deployment made a StatefulSet with a new volume of 50 GiB at /var/lib/data. */
async function statefulSetWithVolume(app: AppPage): Promise<void> {
  await app.openTemplate('web-application');
  await app.selectPart('wl-web');
  await app.testId('field-workloadKind').selectOption('StatefulSet');
  await expect(inspector(app).locator('[data-field-path="volume.sizeGiB"]').count()).resolves.toBe(0);
  await expect(driverError(app)).resolves.toBe(0);
  await app.testId('add-volume').click();
  await expect(app.testId('field-volume.storage').inputValue()).resolves.toBe('ebs');
  await expect(app.testId('field-volume.sizeGiB').inputValue()).resolves.toBe('20');
  await expect(app.testId('field-volume.mountPath').inputValue()).resolves.toBe('/data');
  await app.testId('field-volume.sizeGiB').fill('50');
  await app.testId('field-volume.sizeGiB').press('Enter');
  await app.testId('field-volume.mountPath').fill('/var/lib/data');
  await app.testId('field-volume.mountPath').press('Enter');
  await expect(inspector(app).locator('[data-testid="field-error"]').count()).resolves.toBe(0);
}

describe('a workload volume in the inspector', () => {
  it('adds an EBS volume to a StatefulSet, which needs the EBS CSI driver, and keeps it', async () => {
    const { app } = ctx();
    await statefulSetWithVolume(app);
    await expect.poll(() => driverError(app)).toBeGreaterThan(0);
    await expect(labels(app)).resolves.toEqual(expect.arrayContaining(['Persistent volume', 'Size (GiB)', 'Mount path']));
    await app.testId('field-volume.mountPath').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${SHOTS}/inspector-volume-statefulset-en.png` });

    // A refused path says what to enter and is not saved.
    await app.testId('field-volume.mountPath').fill('data');
    await app.testId('field-volume.mountPath').press('Enter');
    await expect(inspector(app).locator('[data-testid="field-error"]').count()).resolves.toBeGreaterThan(0);

    await app.selectPart('cluster');
    await app.testId('field-addons.ebsCsiDriver').check();
    await expect.poll(() => driverError(app)).toBe(0);
    await app.selectPart('wl-web');
    await expect(app.testId('field-volume.sizeGiB').inputValue()).resolves.toBe('50');
    await expect(app.testId('field-volume.mountPath').inputValue()).resolves.toBe('/var/lib/data');
    await app.testId('remove-volume').click();
    await app.testId('add-volume').waitFor();
  });

  it('says it in Japanese', async () => {
    const { app } = ctx();
    await app.runCommand('view.language');
    await statefulSetWithVolume(app);
    await expect.poll(() => driverError(app)).toBeGreaterThan(0);
    await expect(labels(app)).resolves.toEqual(
      expect.arrayContaining(['永続ボリューム', 'ストレージ', 'サイズ（GiB）', 'マウントパス']),
    );
    await app.testId('field-volume.mountPath').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: `${SHOTS}/inspector-volume-statefulset-ja.png` });
  });
});
