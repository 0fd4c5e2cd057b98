/**
 * Checklist items 4, 5, 11-14 and 18 as properties and as wired by main.ts: every web contents (the window's
 * and any created later) refuses navigation away from app://bundle, new windows and webviews; the session
 * denies every permission but clipboard writes from the app; the sandbox is on for all renderers and the
 * app scheme is privileged before the app is ready.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

const lifecycle = vi.hoisted(() => ({ order: [] as string[] }));

vi.mock('electron', async () => {
  const fake = await import('./test-support/fake-electron.js');
  const app = Object.assign(fake.app, {
    enableSandbox: vi.fn(() => lifecycle.order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => {
      lifecycle.order.push('whenReady');
      return Promise.resolve();
    }),
    quit: vi.fn(),
  });
  fake.protocol.registerSchemesAsPrivileged.mockImplementation(() => lifecycle.order.push('registerSchemesAsPrivileged'));
  return { ...fake, app, default: { ...fake.default, app } };
});

const fake = await import('./test-support/fake-electron.js');
const { hardenSession, hardenWebContents, isPermissionAllowed } = await import('./window.js');

/** URLs an attacker might try: other schemes, look-alike hosts, credentials, ports, odd spellings. */
const FOREIGN_URL = fc.oneof(
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.constantFrom(
    'file:///etc/passwd',
    'app://bundle@evil.example/',
    'app://bundle.evil.example/index.html',
    'app://bundle:1/index.html',
    'app://user:pw@bundle/index.html',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://bundle/1234',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    '//bundle/index.html',
    '',
  ),
  fc.string(),
);
const APP_URL = fc.webPath().map((p) => `app://bundle${p.startsWith('/') ? p : `/${p}`}`);

function hardened() {
  const contents = new fake.FakeWebContents();
  hardenWebContents(contents as never);
  return contents;
}
const prevented = (contents: InstanceType<typeof fake.FakeWebContents>, name: string, url: string) => {
  const event = { preventDefault: vi.fn(), url };
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
};

describe('navigation and new windows (checklist items 13, 14)', () => {
  it('property: every URL outside app://bundle is refused on will-navigate, will-frame-navigate and will-redirect', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const contents = hardened();
    fc.assert(
      fc.property(FOREIGN_URL, (url) => {
        fc.pre(!url.startsWith('app://bundle/'));
        for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect'])
          expect(prevented(contents, name, url), `${name} ${url}`).toBe(true);
      }),
    );
  });

  it('property: the app may still move within its own origin (reload, hash changes)', () => {
    const contents = hardened();
    fc.assert(
      fc.property(APP_URL, (url) => {
        expect(prevented(contents, 'will-navigate', url)).toBe(false);
      }),
    );
  });

  it('property: window.open is denied whatever it asks for, app pages included', () => {
    const contents = hardened();
    fc.assert(
      fc.property(fc.oneof(FOREIGN_URL, APP_URL), fc.string(), (url, frameName) => {
        const answer = contents.windowOpenHandler?.({ url, frameName, features: '', disposition: 'new-window' });
        expect(answer).toEqual({ action: 'deny' });
      }),
    );
  });

  it('refuses to attach any webview (checklist items 11, 12)', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('permissions (checklist item 5)', () => {
  const ELECTRON_PERMISSIONS = [
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'geolocation',
    'idle-detection',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'unknown',
    'fileSystem',
    'hid',
    'serial',
    'usb',
  ];
  const PERMISSION = fc.oneof(fc.constantFrom(...ELECTRON_PERMISSIONS), fc.string());
  const ORIGIN = fc.oneof(FOREIGN_URL, APP_URL, fc.constant('app://bundle'));

  it('property: requests and checks are denied unless they are clipboard writes from the app itself', async () => {
    const ses = new fake.FakeSession();
    hardenSession(ses as never);
    fc.assert(
      fc.property(PERMISSION, ORIGIN, (permission, origin) => {
        const expected = permission === 'clipboard-sanitized-write' && /^app:\/\/bundle(\/|$)/.test(origin);
        let granted: boolean | undefined;
        ses.permissionRequestHandler?.(null, permission, (g: boolean) => (granted = g), { requestingUrl: origin });
        expect(granted, `${permission} from ${origin}`).toBe(expected);
        expect(ses.permissionCheckHandler?.(null, permission, origin)).toBe(expected);
        expect(isPermissionAllowed(permission, origin)).toBe(expected);
      }),
    );
  });
});

describe('main.ts wiring', () => {
  it('sandboxes every renderer and privileges app:// before ready, hardens every later web contents, and denies permissions on the default session', async () => {
    await import('./main.js');
    await new Promise((resolve) => setImmediate(resolve));
    const order = lifecycle.order;
    expect(order.indexOf('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('enableSandbox')).toBeLessThan(order.indexOf('whenReady'));

    // A web contents created by anything later (a devtools window, a future feature) gets the same guards.
    const later = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, later);
    expect(later.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(prevented(later, 'will-navigate', 'https://evil.example/')).toBe(true);

    // Once ready: the default session denies, and the first window is the hardened one loading app://bundle.
    let granted: boolean | undefined;
    fake.session.defaultSession.permissionRequestHandler?.(null, 'media', (g: boolean) => (granted = g), {
      requestingUrl: 'app://bundle/index.html',
    });
    expect(granted).toBe(false);
    const window = fake.BrowserWindow.windows.at(-1)!;
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.webContents.windowOpenHandler?.({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('pages come only from app:// (checklist item 18)', () => {
  it('no main-process file loads a page other than APP_ENTRY_URL or uses file://', () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const shipped = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test-support'),
    );
    expect(shipped).toContain('window.ts');
    const loads: string[] = [];
    for (const file of shipped) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\.loadFile\s*\(/);
      expect(code, file).not.toMatch(/['"`]file:\/\//);
      for (const m of code.matchAll(/\.loadURL\s*\(([^)]*)\)/g)) loads.push(`${file}: ${m[1]!.trim()}`);
    }
    expect(loads).toEqual(['window.ts: APP_ENTRY_URL']);
  });
});
