import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configuredTargets, oneLine, parseDistArgs, plannedTargets, USAGE } from './dist.js';
import { DistError, downloadHost, electronVersion, resolveElectron, type ResolveElectronOptions } from './electron-dist.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BOTH = ['x64', 'arm64'];

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'eks-dist-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('parseDistArgs', () => {
  it('reads --skip-build, --dir and the Electron from ELECTRON_DIST or -c.electronDist= (which wins)', () => {
    expect(parseDistArgs([], {})).toEqual({ skipBuild: false, dirOnly: false, electronDist: undefined });
    expect(parseDistArgs(['--skip-build', '--dir'], { ELECTRON_DIST: '/e' })).toEqual({
      skipBuild: true,
      dirOnly: true,
      electronDist: '/e',
    });
    expect(parseDistArgs(['-c.electronDist=/other'], { ELECTRON_DIST: '/e' }).electronDist).toBe('/other');
  });

  it('names an unknown argument and shows the usage', () => {
    expect(() => parseDistArgs(['--linux'], {})).toThrow(DistError);
    expect(() => parseDistArgs(['-c.electronDist='], {})).toThrow(`dist: unknown argument "-c.electronDist="; ${USAGE}`);
  });
});

describe('targets', () => {
  it('reads the config’s targets; a bare name means this machine’s arch', () => {
    const config = { linux: { target: ['AppImage', { target: 'deb', arch: 'arm64' }, { target: 'rpm', arch: BOTH }] } };
    expect(configuredTargets(config, 'linux', 'x64')).toEqual(
      new Map([
        ['AppImage', ['x64']],
        ['deb', ['arm64']],
        ['rpm', BOTH],
      ]),
    );
    expect(configuredTargets(config, 'mac', 'x64')).toEqual(new Map());
  });

  it('plans per arch only what Electron is there for, and only the unpacked app with --dir', () => {
    const configured = new Map([
      ['AppImage', BOTH],
      ['deb', BOTH],
    ]);
    expect(plannedTargets(configured, BOTH, false)).toEqual(
      new Map([
        ['x64', ['AppImage', 'deb']],
        ['arm64', ['AppImage', 'deb']],
      ]),
    );
    expect(plannedTargets(configured, ['arm64'], false)).toEqual(new Map([['arm64', ['AppImage', 'deb']]]));
    expect(plannedTargets(configured, ['x64'], true)).toEqual(new Map([['x64', ['dir']]]));
  });
});

describe('downloadHost', () => {
  it('follows @electron/get’s order: npm config, then ELECTRON_MIRROR, then the config, else GitHub', () => {
    expect(downloadHost({})).toBe('github.com');
    expect(downloadHost({}, 'https://config.example/e/')).toBe('config.example');
    expect(downloadHost({ ELECTRON_MIRROR: 'http://127.0.0.1:9/' }, 'https://config.example/')).toBe('127.0.0.1:9');
    expect(downloadHost({ ELECTRON_MIRROR: 'http://a/', npm_config_electron_mirror: 'https://npm.example/' })).toBe(
      'npm.example',
    );
    expect(downloadHost({ ELECTRON_MIRROR: 'not a url' })).toBe('not a url');
  });
});

describe('resolveElectron', () => {
  const base = (over: Partial<ResolveElectronOptions> = {}): ResolveElectronOptions => ({
    root: tmp,
    platform: 'linux',
    arches: BOTH,
    hostArch: 'x64',
    version: '41.7.1',
    env: {},
    download: () => Promise.reject(new Error('getaddrinfo ENOTFOUND github.com\n    at stack frame')),
    ...over,
  });

  it('takes an explicit unpacked Electron for this machine’s arch only', async () => {
    const dist = path.join(tmp, 'electron-dist');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'electron'), '');
    await expect(resolveElectron(base({ explicitDist: dist }))).resolves.toEqual({ electronDist: dist, arches: ['x64'] });
    await expect(resolveElectron(base({ explicitDist: dist, hostArch: 'ia32' }))).rejects.toThrow(
      'can only package for this machine (ia32), which the config does not list',
    );
  });

  it('takes a folder of release zips for the arches it has zips for', async () => {
    writeFileSync(path.join(tmp, 'electron-v41.7.1-linux-arm64.zip'), '');
    await expect(resolveElectron(base({ explicitDist: tmp }))).resolves.toEqual({ electronDist: tmp, arches: ['arm64'] });
  });

  it('says what is wrong with an explicit path that is missing or not Electron', async () => {
    await expect(resolveElectron(base({ explicitDist: 'missing' }))).rejects.toThrow(
      `dist: ELECTRON_DIST=${path.join(tmp, 'missing')} does not exist`,
    );
    await expect(resolveElectron(base({ explicitDist: tmp }))).rejects.toThrow(
      'is neither an unpacked Electron for linux (no electron in it) nor a folder holding electron-v41.7.1-linux-x64.zip',
    );
    writeFileSync(path.join(tmp, 'notes.txt'), '');
    await expect(resolveElectron(base({ explicitDist: 'notes.txt' }))).rejects.toThrow('is a file but not an Electron .zip');
  });

  it('downloads every configured arch into electron-builder’s cache and then leaves Electron to the builder', async () => {
    const fetched: string[] = [];
    const download = async (arch: string) => fetched.push(arch);
    await expect(resolveElectron(base({ download }))).resolves.toEqual({ arches: BOTH });
    expect(fetched).toEqual(BOTH);
  });

  it('ends a failed download in one line naming the version, the host, the reason and the way out', async () => {
    const error = await resolveElectron(base()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DistError);
    expect((error as Error).message).toBe(
      'dist: cannot get the Electron 41.7.1 binary (download from github.com failed: getaddrinfo ENOTFOUND github.com); ' +
        'set ELECTRON_DIST=/path/to/electron/dist or see README "Packages"',
    );
  });

  it('falls back to the Electron `npm start` uses, for this machine’s arch, saying so', async () => {
    const installed = path.join(tmp, 'installed');
    mkdirSync(installed);
    writeFileSync(path.join(installed, 'electron'), '');
    const source = await resolveElectron(base({ env: { ELECTRON_OVERRIDE_DIST_PATH: installed } }));
    expect(source).toMatchObject({ electronDist: installed, arches: ['x64'] });
    expect(source.note).toBe(
      `dist: download from github.com failed: getaddrinfo ENOTFOUND github.com; packaging for x64 only, with the installed Electron in ${installed}`,
    );
  });
});

describe('oneLine', () => {
  it('keeps a DistError, names a packaging-tool download failure, and cuts anything else to its first line', () => {
    expect(oneLine(new DistError('dist: as is'))).toBe('dist: as is');
    expect(oneLine(new Error('getaddrinfo ENOTFOUND github.com\n    at x'))).toBe(
      'dist: electron-builder could not download a packaging tool (getaddrinfo ENOTFOUND github.com); it fetches them ' +
        'from github.com on first use, so run it where GitHub is reachable or set ELECTRON_BUILDER_BINARIES_MIRROR',
    );
    expect(oneLine(new Error('\nPlease specify project homepage\n\nmore'))).toBe('dist: Please specify project homepage');
  });
});

describe('npm run dist without a reachable Electron download', () => {
  it('prints one line and exits non-zero, with no stack trace', () => {
    const env: NodeJS.ProcessEnv = {};
    // No Electron settings of the caller's, and no proxy: electron-builder's downloader sends even the local
    // mirror's requests through HTTP(S)_PROXY, ignoring NO_PROXY.
    for (const [key, value] of Object.entries(process.env)) if (!/electron|proxy/i.test(key)) env[key] = value;
    Object.assign(env, {
      ELECTRON_MIRROR: 'http://127.0.0.1:9/', // the discard port: refused at once, nothing listens there
      electron_config_cache: path.join(tmp, 'cache'),
      ELECTRON_OVERRIDE_DIST_PATH: path.join(tmp, 'no-electron-here'),
    });
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/dist.ts', '--skip-build'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^dist: cannot get the Electron ${electronVersion(root).replace(/\./g, '\\.')} binary \\(download from 127\\.0\\.0\\.1:9 ` +
            'failed: .*ECONNREFUSED.*\\); set ELECTRON_DIST=/path/to/electron/dist or see README "Packages"$',
        ),
      ),
    ]);
  });
});
