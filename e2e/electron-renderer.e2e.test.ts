/**
 * The real renderer build running on the Electron platform adapter, without an Electron binary: Chromium
 * loads dist/renderer from the static server (same CSP as app://), and a scripted stand-in for the
 * preload's `window.eksSandbox` records every call. Checks the UI boots on the Electron adapter under
 * the CSP, runs native menu commands, and answers the close questions (dirty? save first?).
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../scripts/static-server.js';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels.js';
import { AppPage } from './support/app-page.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs in the page before the app: a fake bridge with canned answers that records calls. */
function installFakeBridge({ channels, events }: { channels: readonly string[]; events: readonly string[] }) {
  type Listener = (payload: unknown) => void;
  const stamp = { mtimeMs: 1, size: 1, sha256: 'a'.repeat(64) };
  const answers: Record<string, unknown> = {
    'backup.read': { text: null },
    'recent.list': [],
    'file.takePending': { file: null },
    'design.save': { status: 'saved', file: { name: 'mine.eksdesign', path: '/home/u/mine.eksdesign' }, stamp },
  };
  const calls: Array<[string, unknown]> = [];
  const listeners: Record<string, Listener[]> = {};
  const w = window as unknown as Record<string, unknown>;
  w.__calls = calls;
  // Tests swap answers (e.g. a failing save) through this; `{ error }` answers as a failure envelope.
  w.__answers = answers;
  w.__emit = (channel: string, payload: unknown) => (listeners[channel] ?? []).forEach((l) => l(payload));
  w.eksSandbox = {
    invoke: Object.fromEntries(
      channels.map((c) => [
        c,
        async (request: unknown) => {
          calls.push([c, JSON.parse(JSON.stringify(request ?? null))]);
          const answer = answers[c] as { error?: unknown } | undefined;
          if (answer && typeof answer === 'object' && 'error' in answer) return { ok: false, error: answer.error };
          return { ok: true, value: c in answers ? answers[c] : null };
        },
      ]),
    ),
    on: Object.fromEntries(
      events.map((c) => [
        c,
        (l: Listener) => {
          (listeners[c] ??= []).push(l);
          return () => undefined;
        },
      ]),
    ),
  };
}

const callsTo = (page: Page, channel: string) =>
  page.evaluate(
    (c) => (window as unknown as { __calls: Array<[string, unknown]> }).__calls.filter(([name]) => name === c).map(([, r]) => r),
    channel,
  );
const waitForCall = (page: Page, channel: string, count = 1) =>
  page.waitForFunction(
    ([c, n]) =>
      (window as unknown as { __calls: Array<[string, unknown]> }).__calls.filter(([name]) => name === c).length >= (n as number),
    [channel, count] as const,
  );
const setAnswer = (page: Page, channel: string, answer: unknown) =>
  page.evaluate(([c, a]) => void ((window as unknown as { __answers: Record<string, unknown> }).__answers[c as string] = a), [
    channel,
    answer,
  ] as const);
const emit = (page: Page, channel: string, payload: unknown) =>
  page.evaluate(([c, p]) => (window as unknown as { __emit: (c: string, p: unknown) => void }).__emit(c as string, p), [
    channel,
    payload,
  ] as const);

describe('renderer on the Electron platform adapter', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer(path.join(import.meta.dirname, '..', 'dist', 'renderer'), 0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) problems.push(m.text());
    });
    // The channel names come from the contract, so the fake bridge offers exactly what the preload does.
    await page.addInitScript(installFakeBridge, { channels: INVOKE_CHANNELS, events: EVENT_CHANNELS });
    await new AppPage(page, problems).goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('boots on the bridge under the CSP and asks for a crashed-session backup', async () => {
    await waitForCall(page, 'backup.read');
    expect(problems).toEqual([]);
  });

  it('tells the main process the UI language for its native menu, at start and on every switch', async () => {
    await waitForCall(page, 'app.setLanguage');
    expect(await callsTo(page, 'app.setLanguage')).toEqual([{ language: 'en' }]);
    await emit(page, 'menu.command', { id: 'view.language' });
    await waitForCall(page, 'app.setLanguage', 2);
    await emit(page, 'menu.command', { id: 'view.language' });
    await waitForCall(page, 'app.setLanguage', 3);
    expect(await callsTo(page, 'app.setLanguage')).toEqual([{ language: 'en' }, { language: 'ja' }, { language: 'en' }]);
  });

  it('Save As from the native menu sends the design through design.save', async () => {
    await new AppPage(page, problems).newDesign();
    await emit(page, 'menu.command', { id: 'file.saveAs' });
    await waitForCall(page, 'design.save');
    const [request] = (await callsTo(page, 'design.save')) as Array<{ text: string; saveAs: boolean; target: unknown }>;
    expect(request!.saveAs).toBe(true);
    expect(JSON.parse(request!.text)).toMatchObject({ format: 'eks-sandbox-design' });
  });

  it('answers "is it dirty?" from the document state, and Save-before-close saves in place', async () => {
    await emit(page, 'window.closeRequested', { requestId: 5 });
    await waitForCall(page, 'window.answerDirty');
    expect(await callsTo(page, 'window.answerDirty')).toEqual([{ requestId: 5, dirty: false }]);
    await emit(page, 'window.saveBeforeClose', { requestId: 6 });
    await waitForCall(page, 'window.answerSaved');
    expect(await callsTo(page, 'window.answerSaved')).toEqual([{ requestId: 6, saved: true }]);
    const saves = (await callsTo(page, 'design.save')) as Array<{ saveAs: boolean; target: { path: string } | null }>;
    expect(saves.at(-1)).toMatchObject({ saveAs: false, target: { path: '/home/u/mine.eksdesign' } });
    expect(problems).toEqual([]);
  });
  it('opens a design file the OS hands over (double click, command line, second launch)', async () => {
    const doc = {
      format: 'eks-sandbox-design',
      schemaVersion: 1,
      design: { name: 'from-the-os', description: '', parts: [], connections: [] },
    };
    const stamp = { mtimeMs: 2, size: 2, sha256: 'b'.repeat(64) };
    await emit(page, 'file.open', {
      file: { name: 'os.eksdesign', path: '/home/u/os.eksdesign', text: JSON.stringify(doc), stamp },
    });
    await page.locator('[data-testid="doc-title"]', { hasText: 'os.eksdesign' }).waitFor();
    expect(await page.locator('[data-testid="doc-title"]').getAttribute('data-dirty')).toBe('false');
  });

  it('shows a failed save in the banner and keeps the design open and unsaved', async () => {
    const app = new AppPage(page, problems);
    await app.runCommand('file.new');
    await app.dropFromPalette('ecr', { x: 700, y: 400 });
    await app.partsOfKind('ecr').first().waitFor();
    await setAnswer(page, 'design.save', { error: { code: 'disk-full', message: 'The disk is full.' } });
    await emit(page, 'menu.command', { id: 'file.saveAs' });
    await page.locator('[data-testid="banner"]', { hasText: 'The disk is full.' }).waitFor();
    expect(await page.locator('[data-testid="doc-title"]').getAttribute('data-dirty')).toBe('true');
    expect(await app.partsOfKind('ecr').count()).toBe(1);
  });

  it('offers Save As when the file changed on disk, and Save As then saves', async () => {
    const app = new AppPage(page, problems);
    await setAnswer(page, 'design.save', { status: 'conflict' });
    await emit(page, 'menu.command', { id: 'file.save' });
    await page.locator('[data-testid="banner"]', { hasText: 'changed on disk' }).waitFor();
    const before = (await callsTo(page, 'design.save')).length;
    await setAnswer(page, 'design.save', {
      status: 'saved',
      file: { name: 'copy.eksdesign', path: '/home/u/copy.eksdesign' },
      stamp: { mtimeMs: 3, size: 3, sha256: 'c'.repeat(64) },
    });
    await app.testId('banner-action').click();
    await waitForCall(page, 'design.save', before + 1);
    const saves = (await callsTo(page, 'design.save')) as Array<{ saveAs: boolean }>;
    expect(saves.at(-1)!.saveAs).toBe(true);
    await page.locator('[data-testid="doc-title"]', { hasText: 'copy.eksdesign' }).waitFor();
    expect(await page.locator('[data-testid="doc-title"]').getAttribute('data-dirty')).toBe('false');
    await expect(app.testId('banner').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('asks before a file the OS hands over replaces unsaved work: Cancel keeps it, Don’t Save opens the file', async () => {
    const app = new AppPage(page, problems);
    await app.dropFromPalette('ecr', { x: 700, y: 600 });
    await page.waitForSelector('[data-testid="doc-title"][data-dirty="true"]');
    const ecrs = await app.partsOfKind('ecr').count();
    const doc = {
      format: 'eks-sandbox-design',
      schemaVersion: 1,
      design: { name: 'handed-over', description: '', parts: [], connections: [] },
    };
    const file = {
      name: 'handed.eksdesign',
      path: '/home/u/handed.eksdesign',
      text: JSON.stringify(doc),
      stamp: { mtimeMs: 4, size: 4, sha256: 'd'.repeat(64) },
    };
    const question = page.getByRole('alertdialog', { name: /Save changes/ });
    await emit(page, 'file.open', { file });
    await question.waitFor();
    await app.testId('unsaved-cancel').click();
    await question.waitFor({ state: 'detached' });
    expect(await app.partsOfKind('ecr').count()).toBe(ecrs);
    expect(await page.locator('[data-testid="doc-title"]').getAttribute('data-dirty')).toBe('true');

    await emit(page, 'file.open', { file });
    await app.testId('unsaved-discard').click();
    await page.locator('[data-testid="doc-title"]', { hasText: 'handed.eksdesign' }).waitFor();
    expect(await app.partsOfKind('ecr').count()).toBe(0);
    // The discarded work's backup goes with it, as after Don't Save on closing the window.
    const writes = (await callsTo(page, 'backup.write')) as Array<{ text: string | null }>;
    expect(writes.at(-1)).toEqual({ text: null });
    expect(problems).toEqual([]);
  });
});
