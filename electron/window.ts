/**
 * The browser window and its hardening (Electron security checklist items 2-6, 8-14). Tests check the exact
 * options the window is constructed with through a fake `electron` (no binary needed); `hardenWebContents`
 * and `hardenSession` are applied to every web contents and the default session.
 */
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { APP_NAME } from '../shared/app-info.js';
import { APP_ENTRY_URL, isAppUrl } from './app-url.js';

/** `● name — EKS Sandbox`; the dot marks unsaved changes (macOS also gets setDocumentEdited). */
export function formatWindowTitle(title: string, dirty: boolean): string {
  const name = title.trim() === '' ? 'Untitled' : title.trim();
  return `${dirty ? '● ' : ''}${name} — ${APP_NAME}`;
}

/** Permissions the app may use: only writing to the clipboard from its own pages. Everything else is denied. */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

type Preventable = { preventDefault(): void };

/** No navigation away from the app, no new windows, no webviews (checklist items 11-14). */
export function hardenWebContents(contents: WebContents): void {
  const guard = (event: Preventable, url: string) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', (event, url) => guard(event, url));
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event, url) => guard(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Deny-by-default permission handlers for a session (checklist item 5). */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
}

/** Creates the main window showing `app://bundle/index.html`; shown once it has painted. */
export function createMainWindow(preload: string, options: { devTools?: boolean } = {}): BrowserWindow {
  // Written out in the constructor call, not built by a helper, so `npm run security` (Electronegativity,
  // which reads only the literal argument of `new BrowserWindow`) can see every one of these values.
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: APP_NAME,
    backgroundColor: '#f7f8fa',
    // The renderer's powers: none beyond the contract-generated preload API.
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle click fires `auxclick`, which can open links in new windows; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.devTools ?? false,
    },
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
