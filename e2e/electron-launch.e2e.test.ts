/**
 * Launches the real desktop app with Playwright's Electron driver and checks, in order: the window loads
 * app://bundle/index.html and draws the start screen; the preload API exists and an IPC round trip answers;
 * a design given on the command line (as a file: URL), and through a second instance (as a path and as a URL),
 * opens; a window with unsaved changes asks Save / Don't Save / Cancel on close, and Cancel keeps it.
 *
 * It runs only where an Electron binary is installed (scripts/electron-binary.ts: node_modules/electron/dist,
 * or ELECTRON_OVERRIDE_DIST_PATH) and its sandbox can start (node/linux-sandbox.ts); elsewhere it is skipped
 * with a line saying why, and the renderer is covered by the Chromium e2e tests instead. On Linux without a
 * display, run it under `xvfb-run`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinuxSandbox, sandboxProblemMessage } from '../node/linux-sandbox.js';
import { buildElectron } from '../scripts/build-electron.js';
import { electronBinaryPath } from '../scripts/electron-binary.js';
import { buildRenderer } from '../scripts/serve-web.js';

const root = path.resolve(import.meta.dirname, '..');
const executablePath = electronBinaryPath(root);
const sandbox = executablePath ? checkLinuxSandbox(process.platform, path.dirname(executablePath)) : null;
const skipReason = !executablePath
  ? 'no Electron binary (node_modules/electron/dist missing; `node node_modules/electron/install.js` fetches it, see npm start)'
  : sandbox && !sandbox.ok
    ? sandboxProblemMessage(sandbox)
    : null;
if (skipReason) console.log(`[e2e] Electron launch test skipped: ${skipReason}`);

type Api = { eksSandbox?: { invoke: Record<string, (r: object) => Promise<unknown>> } };

describe.skipIf(skipReason !== null)('Electron app', () => {
  let app: ElectronApplication;
  let page: Page;
  let work: string;
  let userData: string;
  const design = (name: string) => path.join(work, name);

  /** The main window's title: the open file's name, with ● while it has unsaved changes. */
  const windowTitle = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');

  /** Starts Electron with these arguments after the app's own; resolves when it exits (a second instance). */
  async function secondInstance(arg: string): Promise<number | null> {
    const child = spawn(executablePath!, [root, `--user-data-dir=${userData}`, arg], { cwd: root, stdio: 'ignore' });
    const [code] = (await once(child, 'exit')) as [number | null];
    return code;
  }

  beforeAll(async () => {
    buildRenderer();
    await buildElectron();
    work = mkdtempSync(path.join(tmpdir(), 'eks-electron-e2e-'));
    userData = path.join(work, 'user data');
    // Three design files, names with a space so the file: URLs carry percent-escapes.
    for (const [template, name] of [
      ['microservices', 'from url.eksdesign'],
      ['web-application', 'second path.eksdesign'],
      ['batch-processing', 'second url.eksdesign'],
    ] as const) {
      copyFileSync(path.join(root, 'templates', `${template}.json`), design(name));
    }
  }, 120_000);
  afterAll(async () => {
    if (app) {
      // Let the window go without asking (the last test left unsaved changes on purpose).
      await app.evaluate(({ dialog }) => {
        dialog.showMessageBox = (async () => ({ response: 1, checkboxChecked: false })) as typeof dialog.showMessageBox;
      });
      await app.close();
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('loads app://bundle/index.html in one sandboxed window and draws the start screen', async () => {
    // English whatever the machine's locale, so the close prompt's buttons are known.
    app = await electron.launch({
      executablePath: executablePath!,
      args: [root, `--user-data-dir=${userData}`, '--lang=en-US'],
      cwd: root,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://bundle/index.html');
    await page.getByTestId('start-screen').waitFor();
    const probe = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(probe).toEqual({ require: 'undefined', process: 'undefined' });
  });

  it('exposes window.eksSandbox, and the recent files list answers ok through the contract', async () => {
    expect(await page.evaluate(() => typeof (window as unknown as Api).eksSandbox?.invoke)).toBe('object');
    const recent = await page.evaluate(() => (window as unknown as Api).eksSandbox!.invoke['recent.list']!({}));
    expect(recent).toEqual({ ok: true, value: [] });
  });

  it('sends the CSP header and refuses window.open and navigation away', async () => {
    const csp = await page.evaluate(async () => (await fetch('app://bundle/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    expect(await page.evaluate(() => location.href)).toBe('app://bundle/index.html');
  });

  it('opens a design given on the command line as a file: URL', async () => {
    const other = await electron.launch({
      executablePath: executablePath!,
      args: [root, `--user-data-dir=${path.join(work, 'other user data')}`, pathToFileURL(design('from url.eksdesign')).href],
      cwd: root,
    });
    try {
      const otherPage = await other.firstWindow();
      await otherPage.getByTestId('editor').waitFor();
      const title = await other.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
      expect(title).toBe('from url.eksdesign — EKS Sandbox');
    } finally {
      await other.close();
    }
  });

  it('opens a design a second instance was given, as a path and as a file: URL, in the first window', async () => {
    expect(await secondInstance(design('second path.eksdesign'))).toBe(0);
    await expect.poll(windowTitle).toBe('second path.eksdesign — EKS Sandbox');
    expect(await secondInstance(pathToFileURL(design('second url.eksdesign')).href)).toBe(0);
    await expect.poll(windowTitle).toBe('second url.eksdesign — EKS Sandbox');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await page.getByTestId('editor').waitFor();
  });

  it('asks Save / Don’t Save / Cancel when closing with unsaved changes, and Cancel keeps the window', async () => {
    // Keys go to the diagram when focus is in no field.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await expect.poll(windowTitle).toBe('● second url.eksdesign — EKS Sandbox');
    // The native message box cannot be clicked from a test: answer it as Cancel, keeping what it was asked.
    await app.evaluate(({ dialog }) => {
      const asked: unknown[] = [];
      (globalThis as { asked?: unknown[] }).asked = asked;
      dialog.showMessageBox = (async (_window: unknown, options: unknown) => {
        asked.push(options);
        return { response: 2, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    });
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
    const asked = () => app.evaluate(() => (globalThis as { asked?: Array<{ buttons: string[] }> }).asked ?? []);
    await expect.poll(async () => (await asked()).length).toBe(1);
    expect((await asked())[0]!.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isDestroyed()))).toEqual([false]);
    expect(await windowTitle()).toBe('● second url.eksdesign — EKS Sandbox');
  });
});
