/**
 * `npm start`: the desktop app when an Electron binary is installed (build renderer and shell, launch),
 * otherwise one line saying why not and the browser version via the local web server.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.js';
import { electronBinaryPath, NO_ELECTRON_MESSAGE } from './electron-binary.js';
import { buildRenderer, serveWeb } from './serve-web.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const electron = electronBinaryPath(root);
  if (electron) {
    buildRenderer();
    await buildElectron();
    const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  } else {
    console.log(NO_ELECTRON_MESSAGE);
    await serveWeb();
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
