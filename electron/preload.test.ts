import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => ({ name: '', api: null as unknown }));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => {
      exposed.name = name;
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

const { buildApi } = await import('./preload.js');
const { EVENT_CHANNELS, INVOKE_CHANNELS } = await import('../shared/ipc/contract.js');

function fakeRenderer() {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  return {
    listeners,
    invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
    on: vi.fn((channel: string, l: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    }),
    removeListener: vi.fn((channel: string, l: (...a: unknown[]) => void) => listeners.get(channel)?.delete(l)),
  };
}

describe('preload', () => {
  it('exposes window.eksSandbox with exactly one function per contract channel, nothing else', () => {
    expect(exposed.name).toBe('eksSandbox');
    const api = exposed.api as { invoke: object; on: object };
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(api.invoke).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(api.on).sort()).toEqual([...EVENT_CHANNELS].sort());
    for (const fn of [...Object.values(api.invoke), ...Object.values(api.on)]) expect(typeof fn).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes on the prefixed channel', async () => {
    const r = fakeRenderer();
    const api = buildApi(r as never);
    await api.invoke['recent.list']({});
    expect(r.invoke).toHaveBeenCalledWith('eks:recent.list', {});
  });

  it('passes listeners only the payload, never the IPC event, and unsubscribes', () => {
    const r = fakeRenderer();
    const api = buildApi(r as never);
    const seen: unknown[][] = [];
    const off = api.on['menu.command']((...args: unknown[]) => seen.push(args));
    const secretEvent = { sender: { send: () => 'ipcRenderer internals' } };
    for (const l of r.listeners.get('eks:menu.command')!) l(secretEvent, { id: 'file.save' });
    expect(seen).toEqual([[{ id: 'file.save' }]]);
    off();
    expect(r.listeners.get('eks:menu.command')!.size).toBe(0);
  });
});
