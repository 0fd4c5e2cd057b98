/** Where the renderer lives inside Electron: a privileged custom scheme instead of file:// (checklist item 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Whether `url` belongs to the app's own origin (`app://bundle/...`). Anything unparsable is not. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '' && u.port === '';
  } catch {
    return false;
  }
}
