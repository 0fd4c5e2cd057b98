/**
 * The renderer's only door to the main process, exposed as `window.eksSandbox`. Every function is
 * generated from the contract: one invoke function per request channel, one subscribe function per
 * event channel. `ipcRenderer` itself and its event objects never cross the bridge (checklist item 20);
 * listeners receive only the payload. Bundled into one CommonJS file because sandboxed preloads cannot
 * load modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, wireChannel } from '../shared/ipc/channels.js';
import type { EksSandboxApi } from '../shared/ipc/contract.js';

export function buildApi(renderer: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): EksSandboxApi {
  const invoke = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [channel, (request: unknown) => renderer.invoke(wireChannel(channel), request)]),
  ) as unknown as EksSandboxApi['invoke'];
  const on = Object.fromEntries(
    EVENT_CHANNELS.map((channel) => [
      channel,
      (listener: (payload: unknown) => void) => {
        if (typeof listener !== 'function') throw new TypeError(`${channel}: listener must be a function`);
        const wrapped = (_event: unknown, payload: unknown) => listener(payload);
        renderer.on(wireChannel(channel), wrapped);
        return () => {
          renderer.removeListener(wireChannel(channel), wrapped);
        };
      },
    ]),
  ) as unknown as EksSandboxApi['on'];
  return Object.freeze({ invoke: Object.freeze(invoke), on: Object.freeze(on) });
}

contextBridge.exposeInMainWorld('eksSandbox', buildApi(ipcRenderer));
