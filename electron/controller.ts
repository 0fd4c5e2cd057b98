/**
 * Wires the plain modules to Electron: windows and their sessions, the IPC handlers, the menu, files
 * the OS asks to open, and the close prompt. main.ts only calls into this at the right lifecycle moments.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session as electronSession } from 'electron';
import { APP_NAME } from '../shared/app-info.js';
import type { UiLanguage } from '../shared/commands/labels.js';
import { choiceFromButton, closePromptTexts, createCloseGuard } from './close.js';
import { createHandlers, openDesignPath, type HandlerDeps } from './handlers.js';
import { registerIpc, sendEvent, type IpcContext } from './ipc.js';
import { buildMenuTemplate } from './menu.js';
import { registerAppProtocol } from './protocol.js';
import { createBackupStore } from '../node/backups.js';
import { createRecentStore, type RecentEntry } from '../node/recent.js';
import { WindowSession } from './session.js';
import { createMainWindow, formatWindowTitle, hardenSession } from './window.js';

/** How long a renderer gets to say whether it has unsaved changes before the last reported flag decides. */
export const DIRTY_ANSWER_TIMEOUT_MS = 3000;

export interface ControllerOptions {
  rendererRoot: string;
  preload: string;
  userData: string;
  devTools: boolean;
}

export function createController(options: ControllerOptions) {
  const contexts = new Map<number, IpcContext>();
  let recentCache: RecentEntry[] = [];
  let quitting = false;
  // Until the renderer says otherwise (`app.setLanguage`), the system's, as the renderer starts. Read once
  // ready (app.getLocale needs it).
  let chosenLanguage: UiLanguage | null = null;
  const language = (): UiLanguage => (chosenLanguage ??= app.getLocale().startsWith('ja') ? 'ja' : 'en');

  const backups = createBackupStore(path.join(options.userData, 'backups'));
  const recent = createRecentStore(path.join(options.userData, 'recent.json'));

  const liveContexts = () => [...contexts.values()].filter((c) => !c.window.isDestroyed());
  const activeContext = (): IpcContext | undefined => {
    const focused = BrowserWindow.getFocusedWindow();
    return (focused && contexts.get(focused.webContents.id)) ?? liveContexts()[0];
  };

  function refreshMenu(): void {
    const template = buildMenuTemplate(
      { platform: process.platform, appName: APP_NAME, language: language(), recent: recentCache, devTools: options.devTools },
      {
        send: (id) => {
          const ctx = activeContext();
          if (ctx) sendEvent(ctx.window.webContents, 'menu.command', { id });
        },
        openRecent: (file) => void openPath(file),
        closeWindow: () => activeContext()?.window.close(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  async function reloadRecent(): Promise<void> {
    recentCache = await recent.list();
    refreshMenu();
  }

  const deps: HandlerDeps = {
    dialog,
    backups,
    recent,
    liveBackupIds: () => liveContexts().map((c) => c.session.backupId),
    onRecentChanged: () => void reloadRecent(),
    language,
    onLanguage: (next) => {
      if (next === chosenLanguage) return;
      chosenLanguage = next;
      refreshMenu();
    },
    onDocumentState: ({ window, session }) => {
      window.setTitle(formatWindowTitle(session.title, session.dirty));
      if (process.platform === 'darwin') window.setDocumentEdited(session.dirty);
    },
  };

  function openWindow(): IpcContext {
    const window = createMainWindow(options.preload, { devTools: options.devTools });
    const ctx: IpcContext = { window, session: new WindowSession() };
    const id = window.webContents.id;
    contexts.set(id, ctx);
    // The title is ours (file name + unsaved mark), not the page's <title>.
    window.on('page-title-updated', (event) => event.preventDefault());
    const { session } = ctx;
    const guard = createCloseGuard({
      rendererAlive: () => !session.rendererGone && !window.webContents.isDestroyed(),
      lastKnownDirty: () => session.dirty,
      askDirty: () => {
        const q = session.dirtyAnswers.ask(DIRTY_ANSWER_TIMEOUT_MS);
        sendEvent(window.webContents, 'window.closeRequested', { requestId: q.requestId });
        return q.answer;
      },
      promptSave: async () => {
        const { response } = await dialog.showMessageBox(window, {
          type: 'warning',
          ...closePromptTexts(language(), session.title),
          defaultId: 0,
          cancelId: 2,
          noLink: true,
        });
        return choiceFromButton(response);
      },
      askSave: () => {
        const q = session.savedAnswers.ask();
        sendEvent(window.webContents, 'window.saveBeforeClose', { requestId: q.requestId });
        return q.answer;
      },
      removeBackup: () => backups.remove(session.backupId),
      close: () => window.close(),
      kept: () => {
        quitting = false;
      },
    });
    window.on('close', (event) => guard.onClose(event));
    window.on('closed', () => {
      contexts.delete(id);
      session.dirtyAnswers.cancelAll();
      session.savedAnswers.cancelAll();
      if (quitting && liveContexts().length === 0) app.quit();
    });
    window.webContents.on('render-process-gone', () => {
      session.rendererGone = true;
      session.dirtyAnswers.cancelAll();
      session.savedAnswers.cancelAll();
    });
    return ctx;
  }

  /** Opens a design file the OS or the Open Recent menu asked for, in the active window. */
  async function openPath(file: string): Promise<void> {
    const ctx = activeContext() ?? openWindow();
    if (ctx.window.isMinimized()) ctx.window.restore();
    ctx.window.focus();
    try {
      const opened = await openDesignPath(deps, ctx, file);
      if (ctx.session.rendererListening) sendEvent(ctx.window.webContents, 'file.open', { file: opened });
      else ctx.session.queueOpen(opened);
    } catch (err) {
      await dialog.showMessageBox(ctx.window, {
        type: 'error',
        message: `Cannot open ${path.basename(file)}`,
        detail: err instanceof Error ? err.message : String(err),
      });
    }
  }

  return {
    /** Call once the app is ready. */
    start(): void {
      hardenSession(electronSession.defaultSession);
      registerAppProtocol(options.rendererRoot);
      registerIpc(createHandlers(deps), (event) => contexts.get(event.sender.id));
      refreshMenu();
      void reloadRecent();
      openWindow();
    },
    openWindow,
    openPath,
    focusOrOpen(): void {
      const ctx = activeContext();
      if (!ctx) {
        openWindow();
        return;
      }
      if (ctx.window.isMinimized()) ctx.window.restore();
      ctx.window.focus();
    },
    setQuitting(): void {
      quitting = true;
    },
    hasWindows: () => liveContexts().length > 0,
  };
}
