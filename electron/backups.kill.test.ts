/**
 * Backups of unsaved work survive a kill and are offered back; declining removes them. A child process
 * writes the backup through backups.ts, the same code the app runs, and is killed with SIGKILL: after
 * the backup was written, or halfway through replacing it. Then, as after a restart, a fresh store on
 * the same folder lists it with the design intact, and the real controller (over a stand-in Electron)
 * offers it to the first window through `backup.read` and deletes it when the user declines
 * (`backup.write` with null, what the start screen's Discard sends). Damaged backup files are skipped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import microservices from '../templates/microservices.json' with { type: 'json' };
import webApplication from '../templates/web-application.json' with { type: 'json' };
import { parseDesignText, parseDesignValue, serializeDesign } from '../shared/model/document.js';
import { createBackupStore } from '../node/backups.js';
import { ageTempFiles, killChildAt } from '../node/test-support/kill.js';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));
const fake = await import('./test-support/fake-electron.js');
const { createController } = await import('./controller.js');

/** The unsaved work: a whole template design, as the renderer backs it up. */
const WORK = serializeDesign(parseDesignValue(microservices));
const EARLIER_WORK = serializeDesign(parseDesignValue(webApplication));

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'eks-backup-kill-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A userData folder whose backup `crashed-window` was written by a child that was then killed at `pause`. */
async function killedWhileBackingUp(pause: string, previous?: string): Promise<string> {
  const userData = mkdtempSync(path.join(root, 'userData-'));
  const backups = path.join(userData, 'backups');
  if (previous !== undefined) await createBackupStore(backups).write('crashed-window', previous);
  const textFile = path.join(userData, 'work.json');
  writeFileSync(textFile, WORK);
  await killChildAt(['backup', backups, 'crashed-window', textFile, pause], `paused ${pause}`);
  ageTempFiles(backups);
  rmSync(textFile);
  return userData;
}

/** Starts the app's controller on `userData` (as after a restart) and talks to its one window over IPC. */
function restartApp(userData: string) {
  fake.ipcMain.handlers.clear();
  fake.BrowserWindow.windows = [];
  createController({ rendererRoot: path.join(root, 'renderer'), preload: '/p/preload.cjs', userData, devTools: false }).start();
  const window = fake.BrowserWindow.windows[0]!;
  return (channel: string, payload: unknown) =>
    fake.ipcMain.handlers.get(`eks:${channel}`)!(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      payload,
    ) as Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
}

describe('a backup written by a process that is then killed', () => {
  let userData: string;
  beforeAll(async () => {
    userData = await killedWhileBackingUp('done');
  }, 60_000);

  it('is listed by a fresh store with the design intact', async () => {
    const [entry, ...more] = await createBackupStore(path.join(userData, 'backups')).list();
    expect(more).toEqual([]);
    expect(entry!.id).toBe('crashed-window');
    expect(entry!.text).toBe(WORK);
    expect(parseDesignText(entry!.text)).toEqual(parseDesignValue(microservices));
  });

  it('is offered to the first window after a restart, again until answered, and declining deletes it', async () => {
    const invoke = restartApp(userData);
    expect(await invoke('backup.read', {})).toEqual({ ok: true, value: { text: WORK } });
    // The start screen may ask twice before the user decides: the same offer.
    expect(await invoke('backup.read', {})).toEqual({ ok: true, value: { text: WORK } });
    expect(await invoke('backup.write', { text: null })).toEqual({ ok: true, value: null });
    expect(readdirSync(path.join(userData, 'backups'))).toEqual([]);
    // Declined is gone for good: the next start offers nothing.
    const next = restartApp(userData);
    expect(await next('backup.read', {})).toEqual({ ok: true, value: { text: null } });
  });
});

describe('a backup restored instead of declined', () => {
  it('becomes the new window backup, follows further edits, and is removed once saved', async () => {
    const userData = await killedWhileBackingUp('done');
    const invoke = restartApp(userData);
    expect(await invoke('backup.read', {})).toMatchObject({ value: { text: WORK } });
    // The user restores it and keeps editing: the renderer backs up the edited design under its own id.
    await invoke('backup.write', { text: `${WORK} ` });
    const entries = await createBackupStore(path.join(userData, 'backups')).list();
    expect(entries.map((e) => e.text)).toEqual([`${WORK} `]);
    expect(entries[0]!.id).not.toBe('crashed-window');
    // Saved: the renderer clears the backup.
    await invoke('backup.write', { text: null });
    expect(readdirSync(path.join(userData, 'backups'))).toEqual([]);
  }, 60_000);
});

describe('a backup killed halfway through being replaced', () => {
  let userData: string;
  beforeAll(async () => {
    userData = await killedWhileBackingUp(`wrote:${Math.floor(WORK.length / 2)}`, EARLIER_WORK);
  }, 60_000);

  it('leaves the previous backup whole, and the half-written temp file is not offered', async () => {
    const names = readdirSync(path.join(userData, 'backups'));
    expect(names.filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    const skipped: string[] = [];
    const entries = await createBackupStore(path.join(userData, 'backups'), { onSkipped: (f) => skipped.push(f) }).list();
    expect(entries.map((e) => e.text)).toEqual([EARLIER_WORK]);
    expect(skipped).toEqual([]);
    // Listing at start also cleared the dead process's temp file.
    expect(readdirSync(path.join(userData, 'backups'))).toEqual(['crashed-window.backup.json']);
    const invoke = restartApp(userData);
    expect(await invoke('backup.read', {})).toEqual({ ok: true, value: { text: EARLIER_WORK } });
    await invoke('backup.write', { text: null });
    expect(readdirSync(path.join(userData, 'backups'))).toEqual([]);
  });
});

describe('damaged backup files', () => {
  let dir: string;
  let good: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(root, 'damaged-'));
    await createBackupStore(dir).write('good', EARLIER_WORK);
    await createBackupStore(dir).write('victim', WORK);
    good = readFileSync(path.join(dir, 'victim.backup.json'), 'utf8');
  });

  it('a backup cut off at any length, or with bytes changed, is skipped and reported; the others are still listed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.option(fc.uint8Array({ minLength: 1, maxLength: 4 })), async (n, garbage) => {
        const at = n % good.length;
        const bytes = Buffer.from(good, 'utf8');
        const damaged = garbage
          ? Buffer.concat([bytes.subarray(0, at), garbage, bytes.subarray(at + garbage.length)])
          : bytes.subarray(0, at);
        writeFileSync(path.join(dir, 'victim.backup.json'), damaged);
        const skipped: string[] = [];
        const entries = await createBackupStore(dir, { onSkipped: (f) => skipped.push(path.basename(f)) }).list();
        const texts = entries.map((e) => e.text);
        expect(texts).toContain(EARLIER_WORK);
        // Either the damage is caught, or it fell inside the design text (which the loader then checks).
        if (texts.length === 1) expect(skipped).toEqual(['victim.backup.json']);
        else expect(skipped).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('the app offers the readable backup when another one is damaged', async () => {
    const userData = mkdtempSync(path.join(root, 'userData-'));
    rmSync(dir, { recursive: true });
    dir = path.join(userData, 'backups');
    await createBackupStore(dir).write('good', EARLIER_WORK);
    writeFileSync(path.join(dir, 'victim.backup.json'), good.slice(0, 100));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const invoke = restartApp(userData);
    expect(await invoke('backup.read', {})).toEqual({ ok: true, value: { text: EARLIER_WORK } });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/\[backup\] skipped .*victim\.backup\.json: not valid JSON/));
    warn.mockRestore();
  });
});
