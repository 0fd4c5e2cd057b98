import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EksSandboxApi } from '../../shared/ipc/contract.js';
import { createElectronPlatform, PlatformError, suggestedFileName } from './electron.js';

const stamp = { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) };

/** A stand-in for the preload API: scripted answers per channel, recorded calls, emit for events. */
function fakeApi(answers: Record<string, (req: never) => unknown> = {}) {
  const calls: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const invoke = Object.fromEntries(
    INVOKE_CHANNELS.map((c) => [
      c,
      async (req: unknown) => {
        calls.push([c, req]);
        const answer = answers[c];
        if (!answer) return { ok: true, value: null };
        const value = answer(req as never);
        return value instanceof PlatformError
          ? { ok: false, error: { code: value.code, message: value.message } }
          : { ok: true, value };
      },
    ]),
  );
  const on = Object.fromEntries(
    EVENT_CHANNELS.map((c) => [
      c,
      (l: (p: unknown) => void) => {
        if (!listeners.has(c)) listeners.set(c, new Set());
        listeners.get(c)!.add(l);
        return () => listeners.get(c)!.delete(l);
      },
    ]),
  );
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  const callsTo = (channel: string) => calls.filter(([c]) => c === channel).map(([, r]) => r);
  return { api: { invoke, on } as unknown as EksSandboxApi, emit, callsTo };
}

describe('electron platform', () => {
  it('opens a design and saves it in place with the stamp it was opened with', async () => {
    const f = fakeApi({
      'design.open': () => ({ status: 'opened', file: { name: 'a.eksdesign', path: '/d/a.eksdesign', text: '{}', stamp } }),
      'design.save': () => ({
        status: 'saved',
        file: { name: 'a.eksdesign', path: '/d/a.eksdesign' },
        stamp: { ...stamp, size: 3 },
      }),
    });
    const p = createElectronPlatform(f.api);
    const file = await p.openDesign();
    expect(file).toEqual({ name: 'a.eksdesign', handle: '/d/a.eksdesign', text: '{}' });
    expect(await p.saveDesign('{"x":1}', file, false)).toEqual({ file: { name: 'a.eksdesign', handle: '/d/a.eksdesign' } });
    expect(f.callsTo('design.save')[0]).toEqual({
      text: '{"x":1}',
      target: { path: '/d/a.eksdesign', expected: stamp },
      saveAs: false,
      suggestedName: 'a.eksdesign',
    });
    await p.saveDesign('{"x":2}', file, false);
    // The next save expects what the last save wrote.
    expect(f.callsTo('design.save')[1]).toMatchObject({ target: { expected: { size: 3 } } });
  });

  it('maps cancel to null, conflict to { conflict } and errors to a PlatformError with the message', async () => {
    let next: unknown = { status: 'cancelled' };
    const f = fakeApi({ 'design.save': () => next, 'design.open': () => ({ status: 'cancelled' }) });
    const p = createElectronPlatform(f.api);
    expect(await p.openDesign()).toBeNull();
    expect(await p.saveDesign('x', null, true)).toBeNull();
    next = { status: 'conflict', message: 'changed' };
    expect(await p.saveDesign('x', { name: 'a', handle: '/a' }, false)).toEqual({ conflict: true });
    next = new PlatformError('no-space', 'Cannot save "a": the disk is full.');
    await expect(p.saveDesign('x', null, true)).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'no-space',
      message: 'Cannot save "a": the disk is full.',
    });
  });

  it('tells the main process the UI language for its menu', () => {
    const f = fakeApi();
    const p = createElectronPlatform(f.api);
    p.setLanguage!('ja');
    expect(f.callsTo('app.setLanguage')).toEqual([{ language: 'ja' }]);
  });

  it('answers the close question from the last document state', async () => {
    const f = fakeApi();
    const p = createElectronPlatform(f.api);
    p.setDocumentState({ title: 'a', dirty: true });
    p.setDocumentState({ title: 'a', dirty: true });
    f.emit('window.closeRequested', { requestId: 7 });
    expect(f.callsTo('window.answerDirty')).toEqual([{ requestId: 7, dirty: true }]);
    expect(f.callsTo('document.setState')).toEqual([{ title: 'a', dirty: true }]);
  });

  it('Save in the close prompt runs the file.save command and reports the outcome', async () => {
    const f = fakeApi({ 'design.save': () => ({ status: 'saved', file: { name: 'a', path: '/a' }, stamp }) });
    const p = createElectronPlatform(f.api);
    const commands: string[] = [];
    p.onMenuCommand((id) => {
      commands.push(id);
      if (id === 'file.save') void p.saveDesign('x', null, true);
    });
    f.emit('window.saveBeforeClose', { requestId: 3 });
    expect(commands).toEqual(['file.save']);
    await vi.waitFor(() => expect(f.callsTo('window.answerSaved')).toEqual([{ requestId: 3, saved: true }]));
  });

  it('reports a cancelled save-before-close as not saved, and no listener as not saved', async () => {
    const f = fakeApi({ 'design.save': () => ({ status: 'cancelled' }) });
    const p = createElectronPlatform(f.api);
    f.emit('window.saveBeforeClose', { requestId: 1 });
    expect(f.callsTo('window.answerSaved')).toEqual([{ requestId: 1, saved: false }]);
    p.onMenuCommand((id) => void (id === 'file.save' && p.saveDesign('x', null, true)));
    f.emit('window.saveBeforeClose', { requestId: 2 });
    await vi.waitFor(() => expect(f.callsTo('window.answerSaved')).toContainEqual({ requestId: 2, saved: false }));
  });

  it('delivers OS-opened files, including ones waiting in the main process', async () => {
    const f = fakeApi({ 'file.takePending': () => ({ file: { name: 'p.eksdesign', path: '/p.eksdesign', text: 'P', stamp } }) });
    const p = createElectronPlatform(f.api);
    f.emit('file.open', { file: { name: 'early.eksdesign', path: '/early.eksdesign', text: 'E', stamp } });
    const seen: string[] = [];
    p.onOpenFile!((file) => seen.push(file.name));
    await vi.waitFor(() => expect(seen).toEqual(['early.eksdesign', 'p.eksdesign']));
    f.emit('file.open', { file: { name: 'later.eksdesign', path: '/later.eksdesign', text: 'L', stamp } });
    expect(seen).toEqual(['early.eksdesign', 'p.eksdesign', 'later.eksdesign']);
  });

  it('menu commands reach listeners until they unsubscribe', () => {
    const f = fakeApi();
    const p = createElectronPlatform(f.api);
    const seen: string[] = [];
    const off = p.onMenuCommand((id) => seen.push(id));
    f.emit('menu.command', { id: 'view.fit' });
    off();
    f.emit('menu.command', { id: 'view.zoomIn' });
    expect(seen).toEqual(['view.fit']);
  });

  it('recent files, backups, YAML and image export go through their channels', async () => {
    const f = fakeApi({
      'recent.list': () => [{ name: 'r', path: '/r' }],
      'recent.open': () => ({ file: { name: 'r', path: '/r', text: 'R', stamp } }),
      'backup.read': () => ({ text: 'B' }),
      'yaml.export': () => ({ saved: true }),
      'image.export': () => ({ saved: false }),
      'backup.write': () => new PlatformError('no-space', 'full'),
    });
    const p = createElectronPlatform(f.api);
    expect(await p.recentFiles()).toEqual([{ name: 'r', handle: '/r' }]);
    expect(await p.openRecent({ name: 'r', handle: '/r' })).toEqual({ name: 'r', handle: '/r', text: 'R' });
    expect(await p.openRecent({ name: 'no handle' })).toBeNull();
    expect(await p.readBackup()).toBe('B');
    expect(await p.exportYaml('a: 1', 'cluster.yaml')).toBe(true);
    expect(await p.exportImage(new Uint8Array([1]), 'x/y.png', 'png')).toBe(false);
    expect(f.callsTo('image.export')[0]).toMatchObject({ suggestedName: 'x-y.png', type: 'png' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(p.writeBackup('text')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('exports a bundle, asking before it writes into a folder that is not empty', async () => {
    const folder = { name: 'shop-bundle', path: '/home/me/shop-bundle' };
    const files = [{ path: 'DEPLOY.md', content: '# D\n' }];
    const f = fakeApi({
      'bundle.export': (req: { replace: unknown }) =>
        req.replace === null ? { status: 'not-empty', folder } : { status: 'saved', folder },
    });
    const p = createElectronPlatform(f.api);
    const asked: string[] = [];
    expect(await p.exportBundle(files, 'shop-bundle', async (name) => (asked.push(name), false))).toBeNull();
    expect(f.callsTo('bundle.export')).toEqual([{ files, suggestedName: 'shop-bundle', replace: null }]);
    expect(await p.exportBundle(files, 'shop-bundle', async () => true)).toEqual({ folder: '/home/me/shop-bundle' });
    expect(f.callsTo('bundle.export').at(-1)).toEqual({ files, suggestedName: 'shop-bundle', replace: { path: folder.path } });
    expect(asked).toEqual(['shop-bundle']);
  });

  it('refuses to start without the preload API and cleans suggested names', () => {
    expect(() => createElectronPlatform(undefined)).toThrow(/eksSandbox/);
    expect(suggestedFileName('../../etc/passwd', 'd')).toBe('..-..-etc-passwd');
    expect(suggestedFileName('  ', 'design.eksdesign')).toBe('design.eksdesign');
  });
});
