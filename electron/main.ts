/**
 * Electron entry point: what must happen before `ready`, then the lifecycle (electron/lifecycle.ts).
 * Everything else lives in plain modules (controller, handlers, services) that tests import without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { createController } from './controller.js';
import { runLifecycle } from './lifecycle.js';
import { hardenWebContents } from './window.js';
import { registerAppSchemePrivileges } from './protocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// Before `ready`: the scheme must be privileged up front, and every renderer is sandboxed.
registerAppSchemePrivileges();
app.enableSandbox();

// Belt and braces: whatever creates web contents (now or later) gets the navigation guards.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

void runLifecycle({
  app,
  platform: process.platform,
  argv: process.argv,
  cwd: process.cwd(),
  createController: () =>
    createController({
      rendererRoot: path.join(here, '..', 'renderer'),
      preload: path.join(here, 'preload.cjs'),
      userData: app.getPath('userData'),
      devTools: !app.isPackaged,
    }),
});
