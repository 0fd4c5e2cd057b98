/** bundle.export in the main process: a folder from the save dialog, the not-empty answer, and a granted replace. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerDeps } from './handlers.js';
import type { IpcContext } from './ipc.js';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const fake = await import('./test-support/fake-electron.js');
const { createHandlers } = await import('./handlers.js');
const { WindowSession } = await import('./session.js');
const { createBackupStore } = await import('../node/backups.js');
const { createRecentStore } = await import('../node/recent.js');

const FILES = [
  { path: 'DEPLOY.md', content: '# Deploying shop\n' },
  { path: 'deploy.sh', content: '#!/usr/bin/env bash\nset -euo pipefail\n', executable: true },
  { path: 'helm/external-dns.values.yaml', content: 'policy: upsert-only\n' },
];

let dir: string;
let deps: HandlerDeps;
let showSaveDialog: ReturnType<typeof vi.fn>;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-bundle-'));
  showSaveDialog = vi.fn();
  deps = {
    dialog: { showOpenDialog: vi.fn(), showSaveDialog } as never,
    backups: createBackupStore(path.join(dir, 'userData', 'backups')),
    recent: createRecentStore(path.join(dir, 'userData', 'recent.json')),
    liveBackupIds: () => [],
    onRecentChanged: vi.fn(),
    onDocumentState: vi.fn(),
    onLanguage: vi.fn(),
    language: () => 'en',
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const newContext = (): IpcContext => ({ window: new fake.BrowserWindow() as never, session: new WindowSession('w') });

describe('bundle.export', () => {
  it('writes the files into the folder the dialog names, creating it', async () => {
    const folder = path.join(dir, 'shop-bundle');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: folder });
    const result = await createHandlers(deps)['bundle.export'](
      { files: FILES, suggestedName: 'shop-bundle', replace: null },
      newContext(),
    );
    expect(result).toEqual({ status: 'saved', folder: { name: 'shop-bundle', path: folder } });
    expect(showSaveDialog.mock.calls[0]![1]).toMatchObject({ defaultPath: 'shop-bundle' });
    for (const f of FILES) expect(readFileSync(path.join(folder, f.path), 'utf8')).toBe(f.content);
    expect(statSync(path.join(folder, 'deploy.sh')).mode & 0o100).not.toBe(0);
  });

  it('answers cancelled when the dialog is closed', async () => {
    showSaveDialog.mockResolvedValue({ canceled: true });
    expect(
      await createHandlers(deps)['bundle.export']({ files: FILES, suggestedName: 'b', replace: null }, newContext()),
    ).toEqual({
      status: 'cancelled',
    });
  });

  it('does not write into a folder that is not empty until the renderer asks again with replace', async () => {
    const folder = path.join(dir, 'busy');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: folder });
    const ctx = newContext();
    const handlers = createHandlers(deps);
    expect(await handlers['bundle.export']({ files: FILES, suggestedName: 'b', replace: null }, ctx)).toEqual({
      status: 'not-empty',
      folder: { name: 'busy', path: folder },
    });
    expect(() => statSync(path.join(folder, 'DEPLOY.md'))).toThrow();
    const replaced = await handlers['bundle.export']({ files: FILES, suggestedName: 'b', replace: { path: folder } }, ctx);
    expect(replaced).toEqual({ status: 'saved', folder: { name: 'busy', path: folder } });
    expect(readFileSync(path.join(folder, 'DEPLOY.md'), 'utf8')).toBe('# Deploying shop\n');
    expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses to replace into a folder no dialog gave this window', async () => {
    const folder = path.join(dir, 'elsewhere');
    mkdirSync(folder);
    await expect(
      createHandlers(deps)['bundle.export']({ files: FILES, suggestedName: 'b', replace: { path: folder } }, newContext()),
    ).rejects.toMatchObject({ code: 'not-granted' });
    expect(() => statSync(path.join(folder, 'DEPLOY.md'))).toThrow();
  });
});
