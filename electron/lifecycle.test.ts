import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { handedOverFiles, runLifecycle, type LifecycleController } from './lifecycle.js';

/** An `app` whose `ready` the test releases, holding the lock or not. */
function fakeApp(holdsLock: boolean) {
  let release!: () => void;
  const ready = new Promise<void>((resolve) => (release = resolve));
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn((_data?: Record<string, unknown>) => holdsLock),
    whenReady: () => ready,
    quit: vi.fn(),
  });
  return { app, release };
}

function fakeController() {
  const log: string[] = [];
  const controller: LifecycleController = {
    start: () => void log.push('start'),
    openPath: async (file) => void log.push(`open ${file}`),
    focusOrOpen: () => void log.push('focus'),
    openWindow: () => void log.push('window'),
    setQuitting: () => void log.push('quitting'),
    hasWindows: () => true,
  };
  return { controller, log };
}

const A = path.resolve('/d/a.eksdesign');
const B = path.resolve('/d/b.eksdesign');
const openFile = (app: EventEmitter, file: string) => app.emit('open-file', { preventDefault: () => undefined }, file);

describe('runLifecycle', () => {
  it('holds files from a second instance that arrive before ready, and opens them after start', async () => {
    const { app, release } = fakeApp(true);
    const { controller, log } = fakeController();
    const running = runLifecycle({ app, platform: 'linux', argv: ['/opt/app', A], cwd: '/', createController: () => controller });
    app.emit('second-instance', {}, ['/opt/app', 'b.eksdesign'], '/d', undefined);
    app.emit('second-instance', {}, ['/opt/app'], '/', undefined);
    expect(log).toEqual([]);
    release();
    expect(await running).toBe(true);
    // The command line's file first, then the second instance's; a bare second launch opened nothing.
    expect(log).toEqual(['start', `open ${A}`, `open ${B}`]);
    app.emit('second-instance', {}, ['/opt/app', pathToFileURL(B).href], '/', undefined);
    app.emit('second-instance', {}, ['/opt/app'], '/', undefined);
    expect(log.slice(3)).toEqual([`open ${B}`, 'focus']);
  });

  it('holds files from open-file before ready (macOS), then opens them', async () => {
    const { app, release } = fakeApp(true);
    const { controller, log } = fakeController();
    const running = runLifecycle({
      app,
      platform: 'darwin',
      argv: ['/Applications/EKS Sandbox.app/x'],
      cwd: '/',
      createController: () => controller,
    });
    openFile(app, A);
    release();
    await running;
    openFile(app, B);
    expect(log).toEqual(['start', `open ${A}`, `open ${B}`]);
  });

  it('on macOS, an instance that loses the lock hands its open-file files to the first one and quits', async () => {
    const { app, release } = fakeApp(false);
    const createController = vi.fn(() => fakeController().controller);
    const running = runLifecycle({
      app,
      platform: 'darwin',
      argv: ['/Applications/EKS Sandbox.app/x'],
      cwd: '/',
      createController,
    });
    openFile(app, A);
    release();
    expect(await running).toBe(false);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledWith({ files: [A] });
    expect(app.quit).toHaveBeenCalled();
    expect(createController).not.toHaveBeenCalled();
  });

  it('the first instance opens files handed over with a second instance’s lock request', async () => {
    const { app, release } = fakeApp(true);
    const { controller, log } = fakeController();
    release();
    await runLifecycle({ app, platform: 'darwin', argv: ['/x'], cwd: '/', createController: () => controller });
    app.emit('second-instance', {}, ['/Applications/EKS Sandbox.app/x'], '/', { files: [A] });
    expect(log).toEqual(['start', `open ${A}`]);
  });

  it('elsewhere takes the lock at once; losing it quits before anything is created', async () => {
    const { app } = fakeApp(false);
    const createController = vi.fn(() => fakeController().controller);
    expect(await runLifecycle({ app, platform: 'win32', argv: ['C:\\app.exe', A], cwd: '/', createController })).toBe(false);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledWith();
    expect(app.quit).toHaveBeenCalled();
    expect(createController).not.toHaveBeenCalled();
  });

  it('asks before starting, and quits without a window when the answer is no', async () => {
    for (const answer of [false, true]) {
      const { app, release } = fakeApp(true);
      const { controller, log } = fakeController();
      release();
      const started = await runLifecycle({
        app,
        platform: 'linux',
        argv: ['/x', A],
        cwd: '/',
        createController: () => controller,
        mayStart: async () => answer,
      });
      expect(started).toBe(answer);
      expect(log).toEqual(answer ? ['start', `open ${A}`] : []);
      expect(app.quit.mock.calls.length).toBe(answer ? 0 : 1);
    }
  });

  it('quits when the last window closes except on macOS', async () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { app, release } = fakeApp(true);
      release();
      await runLifecycle({ app, platform, argv: [], cwd: '/', createController: () => fakeController().controller });
      app.emit('window-all-closed');
      expect(app.quit.mock.calls.length, platform).toBe(platform === 'darwin' ? 0 : 1);
    }
  });
});

describe('handedOverFiles', () => {
  it('takes absolute design paths only, and at most twenty', () => {
    expect(handedOverFiles({ files: ['/d/a.eksdesign', 'C:\\d\\b.EKSDESIGN'] })).toEqual([
      '/d/a.eksdesign',
      'C:\\d\\b.EKSDESIGN',
    ]);
    expect(handedOverFiles({ files: ['relative.eksdesign', '/d/notes.txt', '/d/a\0.eksdesign', 7, null] })).toEqual([]);
    expect(handedOverFiles({ files: '/d/a.eksdesign' })).toEqual([]);
    expect(handedOverFiles(null)).toEqual([]);
    expect(handedOverFiles(undefined)).toEqual([]);
    expect(handedOverFiles({ files: Array.from({ length: 50 }, (_, i) => `/d/${i}.eksdesign`) })).toHaveLength(20);
  });
});
