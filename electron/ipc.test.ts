import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Handlers, IpcContext } from './ipc.js';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const electron = await import('electron');
const fake = await import('./test-support/fake-electron.js');
const { handleInvoke, hasParsedShape, registerIpc, sendEvent, isTrustedSender } = await import('./ipc.js');
const { INVOKE_CHANNELS, MAX_TEXT_BYTES, wireChannel } = await import('../shared/ipc/contract.js');
const { WindowSession } = await import('./session.js');
const { FileServiceError } = await import('../node/errors.js');

function setup() {
  const window = new fake.BrowserWindow();
  const ctx = { window, session: new WindowSession('w1') } as unknown as IpcContext;
  const lookup = (event: { sender: unknown }) => (event.sender === window.webContents ? ctx : undefined);
  const event = (overrides: Record<string, unknown> = {}) =>
    ({ sender: window.webContents, senderFrame: window.webContents.mainFrame, ...overrides }) as never;
  return { window, ctx, lookup, event };
}

const setState = vi.fn((_req: unknown, _ctx: unknown) => null);

describe('registerIpc', () => {
  beforeEach(() => fake.ipcMain.handlers.clear());

  it('registers exactly the contract channels and removes them again', () => {
    const handlers = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, vi.fn()])) as unknown as Handlers;
    const remove = registerIpc(handlers, () => undefined);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(INVOKE_CHANNELS.map(wireChannel).sort());
    expect(electron.ipcMain).toBe(fake.ipcMain);
    remove();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('routes a registered channel through the checks to its handler', async () => {
    const { lookup, event } = setup();
    const handlers = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, vi.fn()])) as unknown as Handlers;
    handlers['document.setState'] = setState;
    registerIpc(handlers, lookup as never);
    const listener = fake.ipcMain.handlers.get('eks:document.setState')!;
    await expect(listener(event(), { title: 'a.eksdesign', dirty: true })).resolves.toEqual({ ok: true, value: null });
    expect(setState).toHaveBeenLastCalledWith({ title: 'a.eksdesign', dirty: true }, expect.anything());
  });
});

describe('handleInvoke', () => {
  beforeEach(() => setState.mockClear());

  it('passes the parsed request and the window context', async () => {
    const { lookup, event, ctx } = setup();
    const result = await handleInvoke('document.setState', setState, event(), { title: 't', dirty: false }, lookup as never);
    expect(result).toEqual({ ok: true, value: null });
    expect(setState).toHaveBeenCalledWith({ title: 't', dirty: false }, ctx);
  });

  it('rejects a message from a window that is not ours', async () => {
    const { lookup } = setup();
    const stranger = new fake.BrowserWindow();
    const event = { sender: stranger.webContents, senderFrame: stranger.webContents.mainFrame } as never;
    await expect(
      handleInvoke('document.setState', setState, event, { title: 't', dirty: false }, lookup as never),
    ).rejects.toThrow(/unknown sender/);
    expect(setState).not.toHaveBeenCalled();
  });

  it.each([
    ['a sub-frame', () => new fake.FakeWebFrame('app://bundle/index.html', new fake.FakeWebFrame('app://bundle/index.html'))],
    ['a frame that navigated elsewhere', () => new fake.FakeWebFrame('https://evil.example/')],
    ['no frame (destroyed)', () => null],
  ])('rejects %s', async (_name, frame) => {
    const { lookup, event, window } = setup();
    const f = frame();
    if (f && !f.parent) window.webContents.mainFrame = f;
    await expect(
      handleInvoke('document.setState', setState, event({ senderFrame: f }), { title: 't', dirty: false }, lookup as never),
    ).rejects.toThrow(/unknown sender/);
    expect(setState).not.toHaveBeenCalled();
  });

  it('rejects the main frame when it shows another origin (file://, app://other)', async () => {
    const { lookup, event, window } = setup();
    for (const url of ['file:///etc/passwd', 'app://other/index.html', 'app://bundle:99/index.html']) {
      window.webContents.mainFrame = new fake.FakeWebFrame(url);
      await expect(
        handleInvoke(
          'document.setState',
          setState,
          event({ senderFrame: window.webContents.mainFrame }),
          { title: 't', dirty: false },
          lookup as never,
        ),
      ).rejects.toThrow();
    }
    expect(setState).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing field', { title: 't' }],
    ['a wrong type', { title: 't', dirty: 'yes' }],
    ['an extra field', { title: 't', dirty: false, __proto__: { polluted: true }, extra: 1 }],
    ['not an object', 'hello'],
    ['an oversized title', { title: 'x'.repeat(10_000), dirty: false }],
  ])('answers bad-request for %s without calling the handler', async (_name, payload) => {
    const { lookup, event } = setup();
    const result = await handleInvoke('document.setState', setState, event(), payload, lookup as never);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('document.setState') },
    });
    expect(setState).not.toHaveBeenCalled();
  });

  it('refuses text over the cap and paths with NUL', async () => {
    const { lookup, event } = setup();
    const save = vi.fn();
    const big = { text: 'x'.repeat(MAX_TEXT_BYTES + 1), target: null, saveAs: true, suggestedName: 'a.eksdesign' };
    expect(await handleInvoke('design.save', save, event(), big, lookup as never)).toMatchObject({ ok: false });
    const nul = { text: '', target: { path: '/tmp/a\0b', expected: null }, saveAs: false, suggestedName: 'a' };
    expect(await handleInvoke('design.save', save, event(), nul, lookup as never)).toMatchObject({ ok: false });
    const slash = { text: '', target: null, saveAs: true, suggestedName: '../../etc/passwd' };
    expect(await handleInvoke('design.save', save, event(), slash, lookup as never)).toMatchObject({ ok: false });
    expect(save).not.toHaveBeenCalled();
  });

  it('turns a FileServiceError into a readable error and an invalid answer into internal', async () => {
    const { lookup, event } = setup();
    const failing = () => Promise.reject(new FileServiceError('no-space', 'Cannot save "a": the disk is full.'));
    expect(await handleInvoke('recent.list', failing, event(), {}, lookup as never)).toEqual({
      ok: false,
      error: { code: 'no-space', message: 'Cannot save "a": the disk is full.' },
    });
    const lying = () => [{ name: 'x', path: '' }];
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handleInvoke('recent.list', lying, event(), {}, lookup as never)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    errorLog.mockRestore();
  });

  it('refuses objects that only look empty to the schema (Map, Set, Date, boxed values, bytes) as bad-request', async () => {
    const { lookup, event } = setup();
    const list = vi.fn(() => []);
    for (const payload of [new Map(), new Set(), new Date(0), new Number(1), new Uint8Array(0), Object.create(null) as object]) {
      const result = await handleInvoke('recent.list', list, event(), payload, lookup as never);
      if (Object.getPrototypeOf(payload) === null) expect(result).toEqual({ ok: true, value: [] });
      else
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'bad-request', message: expect.stringContaining('plain objects') },
        });
    }
    expect(list).toHaveBeenCalledOnce();
  });

  it('hasParsedShape compares the sent value with what the schema made of it, field by field', () => {
    expect(hasParsedShape({ a: [{ b: 1 }], c: new Uint8Array(1) }, { a: [{ b: 1 }], c: new Uint8Array(1) })).toBe(true);
    expect(hasParsedShape({ a: [new Map()] }, { a: [{}] })).toBe(false);
    expect(hasParsedShape({ a: new Uint8Array(0) }, { a: {} })).toBe(false);
    expect(hasParsedShape({ c: 'x' }, { c: new Uint8Array(1) })).toBe(false);
    expect(hasParsedShape({ a: null }, { a: {} })).toBe(false);
    expect(hasParsedShape({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('isTrustedSender is false for a destroyed window', () => {
    const { window, event } = setup();
    window.destroyed = true;
    expect(isTrustedSender(event() as never, window as never)).toBe(false);
  });
});

describe('sendEvent', () => {
  it('sends a checked payload on the prefixed channel', () => {
    const { window } = setup();
    sendEvent(window.webContents as never, 'menu.command', { id: 'file.save' });
    expect(window.webContents.sent).toEqual([['eks:menu.command', { id: 'file.save' }]]);
  });

  it('refuses a payload that breaks the contract and skips a destroyed window', () => {
    const { window } = setup();
    expect(() => sendEvent(window.webContents as never, 'menu.command', { id: 'Not An Id!' })).toThrow();
    window.webContents.destroyed = true;
    sendEvent(window.webContents as never, 'menu.command', { id: 'file.save' });
    expect(window.webContents.sent).toEqual([]);
  });
});
