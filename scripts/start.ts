/**
 * `npm start`: the desktop app when an Electron binary is installed (build renderer and shell, launch),
 * otherwise one line saying why not and the browser version via the local web server. On Linux systems where
 * AppArmor restricts user namespaces (Ubuntu 23.10+) an Electron from node_modules would abort at start; it is
 * not launched without its sandbox: the launcher says what to run once, and starts the browser version.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.js';
import { electronBinaryPath, NO_ELECTRON_MESSAGE } from './electron-binary.js';
import { checkLinuxSandbox, sandboxProblemMessage } from '../node/linux-sandbox.js';
import { buildRenderer, serveWeb } from './serve-web.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * package.json's `allowScripts` keeps npm from running Electron's download at install time, so `npm ci`
 * works where only the npm registry is reachable. Fetch the binary here instead, once, on first start.
 */
function tryDownloadElectron(): string | null {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  console.log('Downloading the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [installer], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  if (result.status !== 0) {
    const reason =
      result.stderr
        ?.toString()
        .split('\n')
        .find((line) => /Error/.test(line)) ?? 'download failed';
    console.log(`Could not download Electron: ${reason.trim()}`);
    return null;
  }
  return electronBinaryPath(root);
}

try {
  const electron = electronBinaryPath(root) ?? tryDownloadElectron();
  const sandbox = electron ? checkLinuxSandbox(process.platform, path.dirname(electron)) : null;
  if (sandbox && !sandbox.ok) {
    console.log(sandboxProblemMessage(sandbox));
    await serveWeb();
  } else if (electron) {
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
