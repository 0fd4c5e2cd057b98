/**
 * A small stand-in for the `electron` module, for `vi.mock('electron', ...)` in main-process tests (no
 * Electron binary exists on CI machines). Only what the main-process modules touch, recording calls.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  setPermissionRequestHandler(handler: Listener | null) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null) {
    this.permissionCheckHandler = handler;
  }
}

let nextId = 1;
export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  mainFrame = new FakeWebFrame('app://bundle/index.html');
  sent: Array<[string, unknown]> = [];
  destroyed = false;
  windowOpenHandler: Listener | null = null;
  session = new FakeSession();
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  isDestroyed() {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.mainFrame.url;
  }
}

export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = [];
  readonly id = nextId++;
  webContents = new FakeWebContents();
  destroyed = false;
  title = '';
  documentEdited = false;
  loadedUrl: string | null = null;
  closeCalls = 0;
  constructor(public options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.windows.push(this);
  }
  static fromWebContents(wc: unknown) {
    return BrowserWindow.windows.find((w) => w.webContents === wc) ?? null;
  }
  static getFocusedWindow() {
    return null;
  }
  static getAllWindows() {
    return BrowserWindow.windows.filter((w) => !w.destroyed);
  }
  isDestroyed() {
    return this.destroyed;
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.documentEdited = edited;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  /** Like Electron: emits `close` with a preventable event; destroys the window unless prevented. */
  close() {
    this.closeCalls++;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy() {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  show() {}
  focus() {}
  isMinimized() {
    return false;
  }
  restore() {}
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  on: vi.fn(),
};

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(),
  showErrorBox: vi.fn(),
};

export const protocol = {
  handlers: new Map<string, Listener>(),
  handle(scheme: string, handler: Listener) {
    this.handlers.set(scheme, handler);
  },
  registerSchemesAsPrivileged: vi.fn(),
};

export const session = { defaultSession: new FakeSession() };

export const Menu = { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() };

export const app = Object.assign(new EventEmitter(), {
  getPath: vi.fn(() => '/tmp/eks-sandbox-test'),
  getName: () => 'EKS Sandbox',
  getLocale: vi.fn(() => 'en-US'),
  isPackaged: false,
});

export const shell = { openExternal: vi.fn() };

export default { BrowserWindow, ipcMain, dialog, protocol, session, Menu, app, shell };
