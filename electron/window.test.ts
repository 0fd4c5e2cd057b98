import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const fake = await import('./test-support/fake-electron.js');
const { createMainWindow, formatWindowTitle, hardenSession, hardenWebContents, isPermissionAllowed } =
  await import('./window.js');

describe('main window webPreferences (checklist items 2-4, 6, 8-12)', () => {
  const created = (options?: { devTools?: boolean }) =>
    createMainWindow('/app/preload.cjs', options) as unknown as InstanceType<typeof fake.BrowserWindow>;

  it('turns on isolation, sandbox and web security and turns off Node, insecure content, experiments and webviews', () => {
    // Exactly these keys: a new preference must be added here on purpose, after thinking about what it opens.
    expect(created().options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('enables no Blink feature and opens dev tools only when asked (unpackaged builds)', () => {
    expect(created().options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(created().options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(created({ devTools: true }).options.webPreferences).toMatchObject({ devTools: true, sandbox: true });
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new fake.FakeWebContents();
    hardenWebContents(contents as never);
    return contents;
  }
  const emitPreventable = (contents: InstanceType<typeof fake.FakeWebContents>, name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn(), url: String(args[0] ?? '') };
    contents.emit(name, event, ...args);
    return event.preventDefault.mock.calls.length > 0;
  };

  it.each(['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url'])(
    'denies navigation to %s',
    (url) => {
      const contents = hardened();
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      expect(emitPreventable(contents, 'will-navigate', url)).toBe(true);
      expect(emitPreventable(contents, 'will-redirect', url)).toBe(true);
      expect(emitPreventable(contents, 'will-frame-navigate', url)).toBe(true);
    },
  );

  it('lets the app reload its own page', () => {
    expect(emitPreventable(hardened(), 'will-navigate', 'app://bundle/index.html')).toBe(false);
  });

  it('denies new windows and webviews', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(emitPreventable(contents, 'will-attach-webview', {}, {})).toBe(true);
  });
});

describe('permissions', () => {
  it('deny everything except clipboard writes from the app itself', () => {
    const ses = new fake.FakeSession();
    hardenSession(ses as never);
    const ask = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      ses.permissionRequestHandler?.(null, permission, (g: boolean) => (granted = g), { requestingUrl });
      return granted;
    };
    expect(ask('media', 'app://bundle/index.html')).toBe(false);
    expect(ask('geolocation', 'app://bundle/index.html')).toBe(false);
    expect(ask('notifications', 'app://bundle/index.html')).toBe(false);
    expect(ask('clipboard-read', 'app://bundle/index.html')).toBe(false);
    expect(ask('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(ask('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(ses.permissionCheckHandler?.(null, 'media', 'app://bundle')).toBe(false);
    expect(ses.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'app://bundle')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});

describe('main window', () => {
  it('loads the app scheme with the secure options and hardened contents', () => {
    const window = createMainWindow('/app/preload.cjs') as unknown as InstanceType<typeof fake.BrowserWindow>;
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: '/app/preload.cjs' });
    expect(window.webContents.windowOpenHandler).not.toBeNull();
  });

  it('titles the window with the file name and an unsaved mark', () => {
    expect(formatWindowTitle('a.eksdesign', true)).toBe('● a.eksdesign — EKS Sandbox');
    expect(formatWindowTitle('  ', false)).toBe('Untitled — EKS Sandbox');
  });
});
