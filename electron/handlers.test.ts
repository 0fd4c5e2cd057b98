import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { HandlerDeps } from './handlers.js';
import type { IpcContext } from './ipc.js';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const fake = await import('./test-support/fake-electron.js');
const { createHandlers } = await import('./handlers.js');
const { handleInvoke } = await import('./ipc.js');
const { WindowSession } = await import('./session.js');
const { createBackupStore } = await import('../node/backups.js');
const { createRecentStore } = await import('../node/recent.js');

let dir: string;
let deps: HandlerDeps;
let dialog: { showOpenDialog: ReturnType<typeof vi.fn>; showSaveDialog: ReturnType<typeof vi.fn> };
let live: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-handlers-'));
  dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
  live = [];
  deps = {
    dialog: dialog as never,
    backups: createBackupStore(path.join(dir, 'userData', 'backups')),
    recent: createRecentStore(path.join(dir, 'userData', 'recent.json')),
    liveBackupIds: () => live,
    onRecentChanged: vi.fn(),
    onDocumentState: vi.fn(),
    onLanguage: vi.fn(),
    language: () => 'en',
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function newContext(id = 'win1'): IpcContext {
  return { window: new fake.BrowserWindow() as never, session: new WindowSession(id) };
}
const file = (name: string) => path.join(dir, name);
const opened = (p: string) => ({ canceled: false, filePaths: [p] });
const savedTo = (p: string) => ({ canceled: false, filePath: p });

describe('design.open', () => {
  it('returns cancelled when the dialog is closed', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await createHandlers(deps)['design.open']({}, newContext())).toEqual({ status: 'cancelled' });
  });

  it('reads the file, grants its path and adds it to the recent list', async () => {
    writeFileSync(file('a.eksdesign'), '{"a":1}');
    dialog.showOpenDialog.mockResolvedValue(opened(file('a.eksdesign')));
    const ctx = newContext();
    const result = await createHandlers(deps)['design.open']({}, ctx);
    expect(result).toMatchObject({ status: 'opened', file: { name: 'a.eksdesign', path: file('a.eksdesign'), text: '{"a":1}' } });
    expect(ctx.session.isGranted(file('a.eksdesign'))).toBe(true);
    expect((await deps.recent.list()).map((e) => e.path)).toEqual([file('a.eksdesign')]);
    expect(deps.onRecentChanged).toHaveBeenCalled();
  });

  it('reports a file that is too big or not text as a readable error through the wrapper', async () => {
    writeFileSync(file('b.eksdesign'), Buffer.from([0xc3, 0x28]));
    dialog.showOpenDialog.mockResolvedValue(opened(file('b.eksdesign')));
    const ctx = newContext();
    const event = { sender: ctx.window.webContents, senderFrame: ctx.window.webContents.mainFrame } as never;
    const result = await handleInvoke('design.open', createHandlers(deps)['design.open'], event, {}, () => ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-text', message: expect.stringContaining('b.eksdesign') } });
  });
});

describe('design.save', () => {
  it('saves in place to a granted path after the conflict check', async () => {
    writeFileSync(file('a.eksdesign'), 'v1');
    dialog.showOpenDialog.mockResolvedValue(opened(file('a.eksdesign')));
    const ctx = newContext();
    const handlers = createHandlers(deps);
    const open = await handlers['design.open']({}, ctx);
    if (open.status !== 'opened') throw new Error('not opened');
    const result = await handlers['design.save'](
      { text: 'v2', target: { path: open.file.path, expected: open.file.stamp }, saveAs: false, suggestedName: 'a.eksdesign' },
      ctx,
    );
    expect(result).toMatchObject({ status: 'saved', file: { name: 'a.eksdesign' } });
    expect(readFileSync(file('a.eksdesign'), 'utf8')).toBe('v2');
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses with conflict when another program changed the file, leaving it alone', async () => {
    writeFileSync(file('a.eksdesign'), 'v1');
    dialog.showOpenDialog.mockResolvedValue(opened(file('a.eksdesign')));
    const ctx = newContext();
    const handlers = createHandlers(deps);
    const open = await handlers['design.open']({}, ctx);
    if (open.status !== 'opened') throw new Error('not opened');
    writeFileSync(file('a.eksdesign'), 'edited elsewhere');
    const result = await handlers['design.save'](
      { text: 'mine', target: { path: open.file.path, expected: open.file.stamp }, saveAs: false, suggestedName: 'a' },
      ctx,
    );
    expect(result).toMatchObject({ status: 'conflict', message: expect.stringContaining('Save As') });
    expect(readFileSync(file('a.eksdesign'), 'utf8')).toBe('edited elsewhere');
  });

  it('never writes to a path the user did not choose: it asks with a save dialog instead', async () => {
    writeFileSync(file('victim.txt'), 'precious');
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const result = await createHandlers(deps)['design.save'](
      { text: 'evil', target: { path: file('victim.txt'), expected: null }, saveAs: false, suggestedName: 'x' },
      newContext(),
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(readFileSync(file('victim.txt'), 'utf8')).toBe('precious');
    expect(dialog.showSaveDialog).toHaveBeenCalledOnce();
  });

  it('Save As writes where the dialog says, adds the extension, grants and remembers the file', async () => {
    dialog.showSaveDialog.mockResolvedValue(savedTo(file('new-name')));
    const ctx = newContext();
    const result = await createHandlers(deps)['design.save'](
      { text: 'doc', target: null, saveAs: true, suggestedName: 'design' },
      ctx,
    );
    expect(result).toMatchObject({ status: 'saved', file: { name: 'new-name.eksdesign', path: file('new-name.eksdesign') } });
    expect(readFileSync(file('new-name.eksdesign'), 'utf8')).toBe('doc');
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ defaultPath: 'design.eksdesign' });
    expect(ctx.session.isGranted(file('new-name.eksdesign'))).toBe(true);
    expect(await deps.recent.has(file('new-name.eksdesign'))).toBe(true);
  });
});

describe('YAML and image export', () => {
  it('cancelled dialogs write nothing', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const handlers = createHandlers(deps);
    expect(await handlers['yaml.export']({ text: 'a: 1', suggestedName: 'cluster.yaml' }, newContext())).toEqual({
      saved: false,
    });
    expect(await handlers['image.export']({ data: 'svg', suggestedName: 'x.svg', type: 'svg' }, newContext())).toEqual({
      saved: false,
    });
  });

  it('writes YAML text and PNG bytes', async () => {
    const handlers = createHandlers(deps);
    dialog.showSaveDialog.mockResolvedValueOnce(savedTo(file('cluster.yaml')));
    expect(await handlers['yaml.export']({ text: 'kind: ClusterConfig\n', suggestedName: 'cluster.yaml' }, newContext())).toEqual(
      { saved: true },
    );
    expect(readFileSync(file('cluster.yaml'), 'utf8')).toBe('kind: ClusterConfig\n');
    dialog.showSaveDialog.mockResolvedValueOnce(savedTo(file('pic')));
    await handlers['image.export']({ data: new Uint8Array([1, 2, 3]), suggestedName: 'pic.png', type: 'png' }, newContext());
    expect([...readFileSync(file('pic.png'))]).toEqual([1, 2, 3]);
  });

  it('writes the cost CSV, adding the extension to a typed name, or nothing when cancelled', async () => {
    const handlers = createHandlers(deps);
    dialog.showSaveDialog.mockResolvedValueOnce(savedTo(file('costs')));
    expect(await handlers['csv.export']({ text: 'item,monthly\r\n', suggestedName: 'shop-cost.csv' }, newContext())).toEqual({
      saved: true,
    });
    expect(readFileSync(file('costs.csv'), 'utf8')).toBe('item,monthly\r\n');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await handlers['csv.export']({ text: 'x', suggestedName: 'c.csv' }, newContext())).toEqual({ saved: false });
  });

  it('yaml.open returns cancelled or the text', async () => {
    const handlers = createHandlers(deps);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handlers['yaml.open']({}, newContext())).toEqual({ status: 'cancelled' });
    writeFileSync(file('c.yaml'), 'apiVersion: eksctl.io/v1alpha5');
    dialog.showOpenDialog.mockResolvedValueOnce(opened(file('c.yaml')));
    expect(await handlers['yaml.open']({}, newContext())).toMatchObject({
      status: 'opened',
      file: { name: 'c.yaml', text: 'apiVersion: eksctl.io/v1alpha5' },
    });
  });
});

describe('backups through the handlers', () => {
  it('a crashed window backup is offered to the next window and removed when declined', async () => {
    const crashed = newContext('crashed');
    await createHandlers(deps)['backup.write']({ text: 'unsaved work' }, crashed);
    // "Restart": new stores, new window.
    const restarted: HandlerDeps = { ...deps, backups: createBackupStore(path.join(dir, 'userData', 'backups')) };
    const next = newContext('next');
    live = ['next'];
    const handlers = createHandlers(restarted);
    expect(await handlers['backup.read']({}, next)).toEqual({ text: 'unsaved work' });
    await handlers['backup.write']({ text: null }, next);
    expect(await handlers['backup.read']({}, newContext('third'))).toEqual({ text: null });
    expect(await restarted.backups.list()).toEqual([]);
  });

  it('offers the same backup again until the user restores or declines it', async () => {
    const handlers = createHandlers(deps);
    await handlers['backup.write']({ text: 'crashed work' }, newContext('old'));
    const next = newContext('next');
    live = ['next'];
    expect(await handlers['backup.read']({}, next)).toEqual({ text: 'crashed work' });
    expect(await handlers['backup.read']({}, next)).toEqual({ text: 'crashed work' });
    await handlers['backup.write']({ text: 'new work' }, next);
    expect(await handlers['backup.read']({}, next)).toEqual({ text: null });
  });

  it('does not take the backup of another open window', async () => {
    const handlers = createHandlers(deps);
    await handlers['backup.write']({ text: 'window A work' }, newContext('a'));
    live = ['a', 'b'];
    expect(await handlers['backup.read']({}, newContext('b'))).toEqual({ text: null });
  });
});

describe('recent files through the handlers', () => {
  it('opens only paths on the list and drops ones that vanished', async () => {
    const handlers = createHandlers(deps);
    writeFileSync(file('r.eksdesign'), 'r');
    await expect(handlers['recent.open']({ path: file('r.eksdesign') }, newContext())).rejects.toMatchObject({
      code: 'not-granted',
    });
    await deps.recent.add(file('r.eksdesign'));
    expect(await handlers['recent.list']({}, newContext())).toEqual([{ name: 'r.eksdesign', path: file('r.eksdesign') }]);
    expect(await handlers['recent.open']({ path: file('r.eksdesign') }, newContext())).toMatchObject({ file: { text: 'r' } });
    rmSync(file('r.eksdesign'));
    await expect(handlers['recent.open']({ path: file('r.eksdesign') }, newContext())).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await handlers['recent.list']({}, newContext())).toEqual([]);
    expect(existsSync(file('r.eksdesign'))).toBe(false);
  });
});

describe('document state, pending opens and close answers', () => {
  it('records title and dirty flag and notifies', () => {
    const ctx = newContext();
    createHandlers(deps)['document.setState']({ title: 'a.eksdesign', dirty: true }, ctx);
    expect(ctx.session).toMatchObject({ title: 'a.eksdesign', dirty: true });
    expect(deps.onDocumentState).toHaveBeenCalledWith(ctx);
  });

  it('hands over a queued open once and marks the renderer as listening', () => {
    const ctx = newContext();
    const stamp = { mtimeMs: 0, size: 0, sha256: '0'.repeat(64) };
    ctx.session.queueOpen({ name: 'q', path: '/q', text: '', stamp });
    const handlers = createHandlers(deps);
    expect(handlers['file.takePending']({}, ctx)).toMatchObject({ file: { name: 'q' } });
    expect(handlers['file.takePending']({}, ctx)).toEqual({ file: null });
    expect(ctx.session.rendererListening).toBe(true);
  });

  it('delivers answers to the waiting close questions', async () => {
    const ctx = newContext();
    const dirtyQ = ctx.session.dirtyAnswers.ask();
    const savedQ = ctx.session.savedAnswers.ask();
    const handlers = createHandlers(deps);
    handlers['window.answerDirty']({ requestId: dirtyQ.requestId, dirty: true }, ctx);
    handlers['window.answerSaved']({ requestId: savedQ.requestId, saved: false }, ctx);
    await expect(dirtyQ.answer).resolves.toBe(true);
    await expect(savedQ.answer).resolves.toBe(false);
  });
});

describe('file dialogs in the app language', () => {
  it('name their filters and buttons in the language the renderer set, switching when it changes', async () => {
    let language: 'en' | 'ja' = 'ja';
    const handlers = createHandlers({ ...deps, language: () => language });
    const ctx = newContext();
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await handlers['design.open']({}, ctx);
    await handlers['yaml.open']({}, ctx);
    await handlers['image.export']({ data: 'x', suggestedName: 'd.png', type: 'png' } as never, ctx);
    await handlers['csv.export']({ text: 'x', suggestedName: 'c' } as never, ctx);
    await handlers['bundle.export']({ files: [], suggestedName: 'b', replace: null } as never, ctx);
    const names = (call: unknown[]) => ((call[1] as { filters?: { name: string }[] }).filters ?? []).map((f) => f.name);
    expect(names(dialog.showOpenDialog.mock.calls[0]!)).toEqual(['EKS Sandbox の設計', 'すべてのファイル']);
    expect(names(dialog.showOpenDialog.mock.calls[1]!)).toEqual(['eksctl の YAML', 'すべてのファイル']);
    expect(names(dialog.showSaveDialog.mock.calls[0]!)).toEqual(['PNG 画像']);
    expect(names(dialog.showSaveDialog.mock.calls[1]!)).toEqual(['CSV']);
    expect((dialog.showSaveDialog.mock.calls[2]![1] as { buttonLabel: string }).buttonLabel).toBe('バンドルをエクスポート');
    language = 'en';
    await handlers['design.open']({}, ctx);
    expect(names(dialog.showOpenDialog.mock.calls[2]!)).toEqual(['EKS Sandbox design', 'All files']);
  });
});
