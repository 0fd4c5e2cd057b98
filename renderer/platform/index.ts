/** The platform the UI runs on: Electron when the preload exposed its API, the browser otherwise. */
import type { Platform } from './types.js';
import { createWebPlatform } from './web.js';

// The Electron adapter is optional at build time (it is written alongside the shell).
const electronModules = import.meta.glob<{ createElectronPlatform?: () => Platform; electronPlatform?: Platform }>(
  './electron.ts',
  { eager: true },
);

function choose(): Platform {
  const hasBridge = typeof window !== 'undefined' && 'eksSandbox' in window;
  const mod = Object.values(electronModules)[0];
  if (hasBridge && mod) {
    if (mod.createElectronPlatform) return mod.createElectronPlatform();
    if (mod.electronPlatform) return mod.electronPlatform;
  }
  return createWebPlatform();
}

export const platform: Platform = choose();
