/**
 * The one e2e fixture: the app's own static server for dist/renderer (so the tests run under the real
 * Content-Security-Policy header), Debian's Chromium through playwright-core, a fresh browser context
 * (and so fresh localStorage and downloads) and a temp folder per test. A CSP violation fails the test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach } from 'vitest';
import { AppPage } from './app-page.js';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface E2eContext {
  app: AppPage;
  context: BrowserContext;
  tmp: string;
  url: string;
}

/** Registers the hooks; the returned getter gives the current test's context. */
export function useApp(options: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): () => E2eContext {
  let server: RunningServer;
  let browser: Browser;
  let current: E2eContext | undefined;
  beforeAll(async () => {
    server = await startStaticServer(join(import.meta.dirname, '../../dist/renderer'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'eks-e2e-'));
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: options.width ?? 1600, height: options.height ?? 1000 },
      colorScheme: options.colorScheme ?? 'light',
      locale: 'en-US',
    });
    const page = await context.newPage();
    // Turn on file-chooser interception before the first action. Playwright enables it only when a listener is
    // added, by a message that can still be in flight when a key press right behind it opens the chooser; the
    // page then gets a cancelled chooser and `waitForEvent('filechooser')` waits for nothing (seen under load on
    // Ctrl+O). Tests still take each chooser with waitForEvent.
    page.on('filechooser', () => undefined);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) errors.push(m.text());
    });
    const app = new AppPage(page, errors);
    await app.goto(server.url);
    current = { app, context, tmp, url: server.url };
  });
  afterEach(async () => {
    if (!current) return;
    const { context, tmp, app } = current;
    current = undefined;
    await context.close();
    await rm(tmp, { recursive: true, force: true });
    if (app.errors.length > 0) throw new Error(`page errors: ${app.errors.join('; ')}`);
  });
  return () => {
    if (!current) throw new Error('the e2e fixture is not set up');
    return current;
  };
}
