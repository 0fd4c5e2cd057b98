import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../shared/ipc/channels.js';
import { buildElectron } from './build-electron.js';

let out: string;
let built: { main: string; preload: string };
beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'eks-build-'));
  built = await buildElectron(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('buildElectron', () => {
  it('bundles main as ESM that imports only electron and Node built-ins', () => {
    const code = readFileSync(built.main, 'utf8');
    const imports = [...code.matchAll(/^import .*? from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
    expect(imports).toContain('electron');
    expect(
      imports.every(
        (m) => m === 'electron' || m!.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'url', 'module'].includes(m!),
      ),
    ).toBe(true);
  });

  it('bundles the preload as one self-contained CommonJS file exposing the contract API', () => {
    const exposed: Record<string, { invoke: object; on: object }> = {};
    const sandboxRequire = (id: string) => {
      // A sandboxed preload can require only `electron` (and a few polyfills); nothing else may appear.
      if (id !== 'electron') throw new Error(`the preload requires ${id}`);
      return {
        contextBridge: { exposeInMainWorld: (name: string, api: { invoke: object; on: object }) => (exposed[name] = api) },
        ipcRenderer: { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined },
      };
    };
    const code = readFileSync(built.preload, 'utf8');
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(sandboxRequire, module, module.exports);
    expect(Object.keys(exposed)).toEqual(['eksSandbox']);
    expect(Object.keys(exposed.eksSandbox!.invoke).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(exposed.eksSandbox!.on).sort()).toEqual([...EVENT_CHANNELS].sort());
    expect(code.length).toBeLessThan(20_000);
  });
});
