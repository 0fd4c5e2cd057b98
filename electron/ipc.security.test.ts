/**
 * Checklist item 17 (validate the sender of every IPC message) and the contract's promise that nothing
 * unchecked crosses the boundary, for EVERY channel of shared/ipc/contract.ts: a channel added later is
 * covered as soon as it has examples (shared/ipc/test-support/examples.ts, which the types require).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handler, IpcContext } from './ipc.js';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const fake = await import('./test-support/fake-electron.js');
const { handleInvoke, registerIpc, sendEvent } = await import('./ipc.js');
const { EVENT_CHANNELS, eventContract, INVOKE_CHANNELS, invokeContract, MAX_IMAGE_BYTES, wireChannel } =
  await import('../shared/ipc/contract.js');
const { WindowSession } = await import('./session.js');
const { VALID_EVENTS, VALID_REQUESTS, VALID_RESPONSES } = await import('../shared/ipc/test-support/examples.js');
const { allowedKinds, isDataTree, isPlainObject, kindOf, malformedVariants, pathsOf, setAt } =
  await import('../shared/ipc/test-support/mutations.js');

type Channel = (typeof INVOKE_CHANNELS)[number];

/** Longer than the largest string cap in the contract (images), so every string field must refuse it. */
const HUGE = 'x'.repeat(MAX_IMAGE_BYTES + 1);
/** Everything fast-check can build: null prototypes, typed arrays, Maps, Dates, sparse arrays, bigints... */
const ANYTHING = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'text', 'path', 'title')),
});

function setup() {
  const window = new fake.BrowserWindow();
  const ctx = { window, session: new WindowSession('w1') } as unknown as IpcContext;
  const lookup = (event: { sender: unknown }) => (event.sender === window.webContents ? ctx : undefined);
  const event = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame }) as never;
  return { window, ctx, lookup: lookup as never, event };
}

const prototypeSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
let before: string;
beforeEach(() => {
  before = prototypeSnapshot();
  fake.ipcMain.handlers.clear();
});
afterEach(() => {
  // Nothing a request carried may have reached Object.prototype.
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  vi.restoreAllMocks();
});

/** Runs `raw` through the wrapper for `channel` with a spy handler answering a valid response. */
async function invoke(channel: Channel, raw: unknown) {
  const { lookup, event } = setup();
  const handler = vi.fn(() => VALID_RESPONSES[channel][0]) as unknown as Handler<Channel> & ReturnType<typeof vi.fn>;
  const result = await handleInvoke(channel, handler, event(), raw, lookup);
  return { handler, result };
}

describe.each(INVOKE_CHANNELS)('%s request', (channel) => {
  const schema = invokeContract[channel].request;
  const examples: readonly unknown[] = VALID_REQUESTS[channel];

  it('accepts every valid example and hands the handler exactly that value', async () => {
    for (const example of examples) {
      const { handler, result } = await invoke(channel, example);
      expect(result).toEqual({ ok: true, value: VALID_RESPONSES[channel][0] });
      expect(handler).toHaveBeenCalledOnce();
      expect(handler.mock.calls[0]![0]).toEqual(example);
    }
  });

  it('rejects wrong kinds, missing keys, extra and prototype-pollution keys, huge strings and non-finite numbers', async () => {
    const variants = malformedVariants(examples, HUGE);
    expect(variants.length).toBeGreaterThan(10);
    for (const variant of variants) {
      const { handler, result } = await invoke(channel, variant.value);
      expect(result, variant.what).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringContaining(`${channel}: malformed request`) },
      });
      expect(handler, variant.what).not.toHaveBeenCalled();
    }
  });

  it('property: any value reaches the handler only if it is a valid request (and requests are plain objects)', async () => {
    await fc.assert(
      fc.asyncProperty(ANYTHING, async (raw) => {
        const { handler, result } = await invoke(channel, raw);
        // Every request is a plain object made of JSON-like data and bytes, and matches its schema.
        const valid = isPlainObject(raw) && isDataTree(raw) && schema.safeParse(raw).success;
        expect(result.ok).toBe(valid);
        expect(handler).toHaveBeenCalledTimes(valid ? 1 : 0);
        if (!result.ok) expect(result.error.code).toBe('bad-request');
      }),
    );
  });

  it('property: a valid example with one field set to an arbitrary value of another kind is rejected', async () => {
    const places = examples.flatMap((example) =>
      pathsOf(example).map((path) => ({ example, path, allowed: allowedKinds(examples, path) })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...places), ANYTHING, async ({ example, path, allowed }, value) => {
        fc.pre(!allowed.has(kindOf(value)));
        const { handler, result } = await invoke(channel, setAt(example, path, value));
        expect(result.ok).toBe(false);
        expect(handler).not.toHaveBeenCalled();
      }),
    );
  });

  it('rejects every sender but the main frame of our own window showing app://bundle', async () => {
    const { window, lookup } = setup();
    const handlers = Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, vi.fn(() => VALID_RESPONSES[c][0])]));
    registerIpc(handlers as never, lookup);
    const listener = fake.ipcMain.handlers.get(wireChannel(channel))!;
    const stranger = new fake.BrowserWindow();
    const ours = window.webContents;
    const app = 'app://bundle/index.html';
    const senders: Array<[string, () => Record<string, unknown>]> = [
      ['another window', () => ({ sender: stranger.webContents, senderFrame: stranger.webContents.mainFrame })],
      ['a sub-frame of our page', () => ({ sender: ours, senderFrame: new fake.FakeWebFrame(app, ours.mainFrame) })],
      ['a frame object that is not our main frame', () => ({ sender: ours, senderFrame: new fake.FakeWebFrame(app) })],
      ['no frame (gone)', () => ({ sender: ours, senderFrame: null })],
      ...[
        'https://evil.example/',
        'file:///etc/passwd',
        'app://other/',
        'app://bundle.evil/',
        'app://bundle:8080/',
        'app://u@bundle/',
      ].map((url): [string, () => Record<string, unknown>] => [
        `our main frame after navigating to ${url}`,
        () => {
          ours.mainFrame = new fake.FakeWebFrame(url);
          return { sender: ours, senderFrame: ours.mainFrame };
        },
      ]),
    ];
    for (const [name, sender] of senders) {
      ours.mainFrame = new fake.FakeWebFrame(app);
      await expect(listener(sender(), VALID_REQUESTS[channel][0]), name).rejects.toThrow(/unknown sender/);
    }
    ours.mainFrame = new fake.FakeWebFrame(app);
    window.destroyed = true;
    await expect(listener({ sender: ours, senderFrame: ours.mainFrame }, VALID_REQUESTS[channel][0])).rejects.toThrow(
      /unknown sender/,
    );
    for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
    // The same message from the right frame goes through.
    window.destroyed = false;
    await expect(listener({ sender: ours, senderFrame: ours.mainFrame }, VALID_REQUESTS[channel][0])).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe.each(INVOKE_CHANNELS)('%s response (the main process checks its own answers)', (channel) => {
  const schema = invokeContract[channel].response;
  const answer = async (value: unknown) => {
    const { lookup, event } = setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    return handleInvoke(channel, (() => value) as never, event(), VALID_REQUESTS[channel][0], lookup);
  };

  it('passes every valid response through', async () => {
    for (const value of VALID_RESPONSES[channel]) expect(await answer(value)).toEqual({ ok: true, value });
  });

  it('turns every malformed response into an internal error instead of sending it', async () => {
    for (const variant of malformedVariants(VALID_RESPONSES[channel], HUGE).filter((v) => !v.what.includes(' characters'))) {
      expect(await answer(variant.value), variant.what).toEqual({
        ok: false,
        error: { code: 'internal', message: `${channel}: the app produced an invalid answer` },
      });
    }
  });

  it('property: whatever a handler returns, only a valid response leaves the main process', async () => {
    await fc.assert(
      fc.asyncProperty(ANYTHING, async (value) => {
        const result = await answer(value);
        const parsed = schema.safeParse(value);
        expect(result.ok).toBe(parsed.success);
        if (result.ok) expect(result.value).toEqual(parsed.data);
        else expect(result.error.code).toBe('internal');
      }),
    );
  });
});

describe.each(EVENT_CHANNELS)('%s event (main -> renderer payloads are checked before sending)', (channel) => {
  it('sends every valid payload and refuses every malformed one', () => {
    const { window } = setup();
    for (const payload of VALID_EVENTS[channel]) sendEvent(window.webContents as never, channel, payload as never);
    expect(window.webContents.sent).toEqual(VALID_EVENTS[channel].map((p) => [wireChannel(channel), p]));
    window.webContents.sent = [];
    for (const variant of malformedVariants(VALID_EVENTS[channel], HUGE)) {
      expect(() => sendEvent(window.webContents as never, channel, variant.value as never), variant.what).toThrow();
    }
    expect(window.webContents.sent).toEqual([]);
    expect(eventContract[channel]).toBeDefined();
  });
});
