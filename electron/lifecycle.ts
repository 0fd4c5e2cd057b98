/**
 * The app's lifecycle, over an injected `app`, so tests drive it with a fake: one instance per user, files
 * the OS asks to open at any moment of start-up, windows on activate, quitting.
 *
 * Files arrive three ways: on the command line (Windows, Linux, `eks-sandbox my.eksdesign`), through
 * `open-file` (macOS; possibly before `ready`), and from a second launch through `second-instance` (also
 * possibly before `ready`). Until the controller has started, every one of them waits in one queue.
 *
 * The single-instance lock: elsewhere the second launch's command line reaches the first instance as
 * `second-instance` argv, so the lock is taken at once. On macOS a file comes through `open-file`, which the
 * losing instance only receives while it starts, so there the lock is taken at `ready` and the files it got
 * are handed over as the lock's additional data.
 */
import { fileFromArgv } from './argv.js';
import { DESIGN_FILE_EXTENSION } from '../shared/model/design.js';

export interface LifecycleApp {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, file: string) => void): unknown;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string, additionalData: unknown) => void,
  ): unknown;
  on(event: 'before-quit' | 'window-all-closed' | 'activate', listener: () => void): unknown;
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
  whenReady(): Promise<unknown>;
  quit(): void;
}

export interface LifecycleController {
  start(): void;
  openPath(file: string): Promise<void>;
  focusOrOpen(): void;
  openWindow(): unknown;
  setQuitting(): void;
  hasWindows(): boolean;
}

export interface LifecycleOptions {
  app: LifecycleApp;
  platform: NodeJS.Platform;
  argv: readonly string[];
  cwd: string;
  /** Called only in the instance that holds the lock. */
  createController(): LifecycleController;
  /** Asked once ready, before any window: false quits (the user declined to run without the sandbox). */
  mayStart?(): Promise<boolean>;
}

/** At most this many files are taken from another instance's hand-over. */
const MAX_HANDED_OVER = 20;

/** The files another instance handed over with its lock request; anything malformed is ignored. */
export function handedOverFiles(additionalData: unknown): string[] {
  const files = (additionalData as { files?: unknown } | null | undefined)?.files;
  if (!Array.isArray(files)) return [];
  return files
    .slice(0, MAX_HANDED_OVER)
    .filter(
      (f): f is string =>
        typeof f === 'string' &&
        f.length <= 4096 &&
        !f.includes('\0') &&
        (f.startsWith('/') || /^[a-z]:[\\/]/i.test(f)) &&
        f.toLowerCase().endsWith(DESIGN_FILE_EXTENSION),
    );
}

/** Wires the lifecycle; resolves to whether this instance is the one that runs. */
export async function runLifecycle(options: LifecycleOptions): Promise<boolean> {
  const { app, platform } = options;
  const waiting: string[] = [];
  const fromCommandLine = fileFromArgv(options.argv, options.cwd);
  if (fromCommandLine) waiting.push(fromCommandLine);
  let controller: LifecycleController | null = null;
  let started = false;

  const open = (file: string) => {
    if (started && controller) void controller.openPath(file);
    else waiting.push(file);
  };

  // Registered first: macOS may deliver a double-clicked file before anything else runs.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    open(file);
  });

  const mac = platform === 'darwin';
  if (!mac && !app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  if (!mac) controller = options.createController();

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const files = [fileFromArgv(argv, workingDirectory), ...handedOverFiles(additionalData)].filter(
      (f): f is string => f !== null,
    );
    for (const file of files) open(file);
    // A plain second launch brings the window forward (start() opens one anyway).
    if (files.length === 0 && started) controller?.focusOrOpen();
  });
  app.on('before-quit', () => controller?.setQuitting());
  app.on('window-all-closed', () => {
    if (!mac) app.quit();
  });
  app.on('activate', () => {
    if (started && controller && !controller.hasWindows()) controller.openWindow();
  });

  await app.whenReady();
  if (mac) {
    if (!app.requestSingleInstanceLock({ files: [...waiting] })) {
      app.quit();
      return false;
    }
    controller = options.createController();
  }
  if (options.mayStart && !(await options.mayStart())) {
    app.quit();
    return false;
  }
  controller!.start();
  started = true;
  for (const file of waiting.splice(0)) void controller!.openPath(file);
  return true;
}
