/**
 * Electron entry point: app lifecycle only. Everything else lives in plain modules (controller, handlers,
 * services) that tests import without Electron. One instance per user: a second launch hands its file to
 * the running window and exits.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { fileFromArgv } from './argv.js';
import { createController } from './controller.js';
import { hardenWebContents } from './window.js';
import { registerAppSchemePrivileges } from './protocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// Before `ready`: the scheme must be privileged up front, and every renderer is sandboxed.
registerAppSchemePrivileges();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const controller = createController({
    rendererRoot: path.join(here, '..', 'renderer'),
    preload: path.join(here, 'preload.cjs'),
    userData: app.getPath('userData'),
    devTools: !app.isPackaged,
  });
  // macOS delivers double-clicked files through `open-file`, possibly before `ready`.
  const early: string[] = [];
  let ready = false;
  const fromCommandLine = fileFromArgv(process.argv, process.cwd());
  if (fromCommandLine) early.push(fromCommandLine);

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (ready) void controller.openPath(file);
    else early.push(file);
  });

  app.on('second-instance', (_event, argv, cwd) => {
    const file = fileFromArgv(argv, cwd);
    if (file) void controller.openPath(file);
    else controller.focusOrOpen();
  });

  // Belt and braces: whatever creates web contents (now or later) gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('before-quit', () => controller.setQuitting());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (ready && !controller.hasWindows()) controller.openWindow();
  });

  void app.whenReady().then(() => {
    ready = true;
    controller.start();
    for (const file of early.splice(0)) void controller.openPath(file);
  });
}
