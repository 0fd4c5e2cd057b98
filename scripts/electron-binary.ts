/**
 * Where the Electron binary is, without `require('electron')` (which throws when the binary was never
 * downloaded — the normal case on machines that only reach the npm registry). Mirrors the lookup in
 * node_modules/electron/index.js: `path.txt` names the executable inside `dist/`, and
 * ELECTRON_OVERRIDE_DIST_PATH points at an existing Electron build instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function electronBinaryPath(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pkgDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const exe = override ? path.join(override, relative || 'electron') : relative ? path.join(pkgDir, 'dist', relative) : null;
  return exe && existsSync(exe) ? exe : null;
}

/** The one line printed when there is no binary: what is missing and how to get it. */
export const NO_ELECTRON_MESSAGE =
  'Electron binary not installed (node_modules/electron/dist is missing), so the browser version starts instead. ' +
  'For the desktop app, run `node node_modules/electron/install.js` on a machine that can download from GitHub, ' +
  'or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 41 build.';
