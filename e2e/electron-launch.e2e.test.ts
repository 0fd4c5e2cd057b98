/**
 * Launches the real desktop app with Playwright's Electron driver. Runs only where an Electron binary
 * is installed (see scripts/electron-binary.ts); elsewhere it is skipped with a line saying why, and the
 * renderer is covered by the Chromium e2e tests instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../scripts/build-electron.js';
import { electronBinaryPath } from '../scripts/electron-binary.js';
import { buildRenderer } from '../scripts/serve-web.js';

const root = path.resolve(import.meta.dirname, '..');
const executablePath = electronBinaryPath(root);
if (!executablePath) {
  console.log('[e2e] Electron launch test skipped: no Electron binary (node_modules/electron/dist missing; see npm start).');
}

describe.skipIf(!executablePath)('Electron app', () => {
  let app: ElectronApplication;
  let userData: string;

  beforeAll(async () => {
    buildRenderer();
    await buildElectron();
    userData = mkdtempSync(path.join(tmpdir(), 'eks-electron-e2e-'));
    app = await electron.launch({ executablePath: executablePath!, args: [root, `--user-data-dir=${userData}`], cwd: root });
  });
  afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it('opens one sandboxed window on app://bundle with the preload API and no Node', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://bundle/index.html');
    const probe = await page.evaluate(() => ({
      api: typeof (window as unknown as { eksSandbox?: { invoke: object } }).eksSandbox?.invoke,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(probe).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
  });

  it('sends the CSP header and refuses window.open and navigation away', async () => {
    const page = await app.firstWindow();
    const csp = await page.evaluate(async () => (await fetch('app://bundle/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await page.evaluate(() => location.href)).toBe('app://bundle/index.html');
  });

  it('answers an IPC round trip through the contract', async () => {
    const page = await app.firstWindow();
    const recent = await page.evaluate(() =>
      (window as unknown as { eksSandbox: { invoke: Record<string, (r: object) => Promise<unknown>> } }).eksSandbox.invoke[
        'recent.list'
      ]!({}),
    );
    expect(recent).toEqual({ ok: true, value: [] });
  });
});
