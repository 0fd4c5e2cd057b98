/**
 * Electron entry point: what must happen before `ready`, then the lifecycle (electron/lifecycle.ts).
 * Everything else lives in plain modules (controller, handlers, services) that tests import without Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, clipboard, dialog } from 'electron';
import { noSandboxNotice } from '../node/linux-sandbox.js';
import { createController } from './controller.js';
import { runLifecycle } from './lifecycle.js';
import { confirmWithoutSandbox } from './sandbox-notice.js';
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
  // Never without the sandbox unknowingly: electron-builder's AppImage launcher adds --no-sandbox by itself.
  mayStart: async () => {
    const notice = noSandboxNotice(process.platform, process.argv, process.env);
    if (!notice) return true;
    return confirmWithoutSandbox(notice, app.getLocale().startsWith('ja') ? 'ja' : 'en', {
      showMessageBox: (options) => dialog.showMessageBox(options),
      writeClipboard: (text) => clipboard.writeText(text),
    });
  },
});
