/**
 * The packaging configuration, checked three ways: against electron-builder's own JSON schema, by what it
 * declares (targets, arches, association, fuses; the icons are checked in scripts/draw-icons.test.ts), and by
 * a real packaging run (`npm run dist -- --dir` on Linux, with a stand-in Electron served by a local mirror)
 * whose app.asar must hold exactly what the app loads at run time and whose executable carries the fuses.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTemplate, TEMPLATES } from '../templates/index.js';
import { buildElectron } from '../scripts/build-electron.js';
import { configuredTargets, readBuilderConfig, runBuilder } from '../scripts/dist.js';
import { electronVersion } from '../scripts/electron-dist.js';
import { fakeRelease, startMirror, writeFakeElectron, type Mirror } from '../scripts/test-support/fake-electron.js';
import { ICNS_TYPES, readIcns, readIco } from '../scripts/icon-formats.js';
import { ICO_SIZES } from '../scripts/draw-icons.js';
import type * as Fuses from '@electron/fuses';
import { APP_ENTRY_URL } from './app-url.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = readBuilderConfig(root) as ReturnType<typeof readBuilderConfig> & {
  appId: string;
  productName: string;
  files: string[];
  extraMetadata: Record<string, unknown>;
  directories: { buildResources: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<{ ext: string; role: string; mimeType: string; icon: string }>;
  mac: { icon: string };
  win: { icon: string };
  linux: { icon: string; maintainer: string };
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; version: string; name: string };
const resources = path.join(root, config.directories.buildResources);
// electron-builder's own helpers, from the copies it runs with.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema, and a misspelt key would not', () => {
    const schema = JSON.parse(readFileSync(builderRequire.resolve('./scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...config, fileAsociations: config.fileAssociations })).toBe(false);
    expect(validate({ ...config, linux: { ...config.linux, targte: 'deb' } })).toBe(false);
  });

  it('builds AppImage and deb, NSIS and dmg, each for x64 and arm64', () => {
    const both = ['x64', 'arm64'];
    expect(configuredTargets(config, 'linux')).toEqual(
      new Map([
        ['AppImage', both],
        ['deb', both],
      ]),
    );
    expect(configuredTargets(config, 'win')).toEqual(new Map([['nsis', both]]));
    expect(configuredTargets(config, 'mac')).toEqual(new Map([['dmg', both]]));
  });

  it('names the app and takes its version and entry point from package.json alone', () => {
    expect(config.appId).toBe('io.github.eks-sandbox');
    expect(config.productName).toBe('EKS Sandbox');
    for (const key of ['version', 'name', 'main']) {
      expect(config).not.toHaveProperty(key);
      expect(config.extraMetadata).not.toHaveProperty(key);
    }
  });

  it('gives the deb what electron-builder 26 requires: a maintainer and a homepage', () => {
    expect(config.linux.maintainer.trim()).not.toBe('');
    expect(String(config.extraMetadata.homepage)).toMatch(/^https:\/\/\S+$/);
  });

  it('turns off the fuses an attacker could use (run as Node, NODE_OPTIONS, --inspect, file:// privileges)', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('opens .eksdesign files, shown with the document icon on Windows and macOS', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'eksdesign',
        role: 'Editor',
        mimeType: 'application/x-eks-sandbox-design',
        icon: 'document',
      }),
    ]);
    expect(readIco(readFileSync(path.join(resources, 'document.ico'))).map((e) => e.size)).toEqual([...ICO_SIZES]);
    expect(readIcns(readFileSync(path.join(resources, 'document.icns'))).map((c) => c.type)).toEqual(Object.keys(ICNS_TYPES));
  });
});

/**
 * What a file of the page (path relative to dist/renderer) refers to, relative to dist/renderer: `src`/`href`
 * in HTML and `url()` in CSS (relative to the file), `assets/...` strings in HTML and JS (lazy chunks, workers).
 */
function referencedAssets(file: string, text: string): string[] {
  const dir = path.posix.dirname(file);
  const local = (ref: string) => !/^(?:[a-z]+:|#|\/\/)/i.test(ref);
  const refs: string[] = [];
  if (!file.endsWith('.css')) refs.push(...[...text.matchAll(/["'`(](?:\.\/)?(assets\/[\w.-]+)["'`)]/g)].map((m) => m[1]!));
  const relative = file.endsWith('.html')
    ? [...text.matchAll(/\b(?:src|href)="([^"#?]+)"/g)]
    : file.endsWith('.css')
      ? [...text.matchAll(/url\(["']?([^"')#?]+)["']?\)/g)]
      : [];
  refs.push(
    ...relative
      .map((m) => m[1]!)
      .filter(local)
      .map((ref) => path.posix.join(dir, ref)),
  );
  return refs.map((ref) => path.posix.normalize(ref));
}

/** Not copied into the test project: build output, installed packages (linked instead) and git's data. */
const SKIPPED_TOP_LEVEL = new Set(['node_modules', '.git', 'dist', 'release', 'test-results']);

const version = electronVersion(root);

/** `scripts/dist.ts --skip-build --dir` in `project`, with Electron's download cache kept inside `home`. */
async function runDist(project: string, mirrorUrl: string, home: string): Promise<{ stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {};
  // No Electron settings of the caller's, and no proxy: electron-builder's downloader sends even the local
  // mirror's requests through HTTP(S)_PROXY, ignoring NO_PROXY.
  for (const [key, value] of Object.entries(process.env)) if (!/electron|proxy/i.test(key)) env[key] = value;
  Object.assign(env, { ELECTRON_MIRROR: mirrorUrl, HOME: home, XDG_CACHE_HOME: path.join(home, 'cache') });
  try {
    return await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/dist.ts', '--skip-build', '--dir'], {
      cwd: project,
      env,
      timeout: 150_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: string; stderr?: string };
    throw new Error(`npm run dist failed:\n${stderr ?? ''}\n${stdout ?? ''}`, { cause: err });
  }
}

/** Runs electron-builder in this process with its progress lines kept out of the test output unless it fails. */
async function quietly(run: () => Promise<unknown>): Promise<void> {
  const log: string[] = [];
  const { setPrinter } = builderRequire('builder-util') as { setPrinter(p: ((m: string) => void) | null): void };
  setPrinter((line) => log.push(line));
  try {
    await run();
  } catch (err) {
    throw new Error(`electron-builder failed: ${String(err)}\n${log.join('\n')}`, { cause: err });
  } finally {
    setPrinter(null);
  }
}

describe('the packaged app (`dir` build with a stand-in Electron)', () => {
  let work: string;
  let project: string;
  let preload: string;
  let asarFiles: string[];
  let mirror: Mirror | undefined;
  let distRun = { stdout: '', stderr: '' };
  let asar: {
    extractFile(archive: string, file: string): Buffer;
    listPackage(archive: string, options: object): string[];
    statFile(archive: string, file: string): object;
  };
  const asarPath = () => path.join(project, 'release', 'linux-unpacked', 'resources', 'app.asar');

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'eks-packaging-'));
    project = path.join(work, 'project');
    mkdirSync(project);
    // A copy of the source tree (not links: the builder does not walk into linked folders), so anything
    // `files` lets through would ship. node_modules is linked for the builder's dependency scan.
    cpSync(root, project, {
      recursive: true,
      filter: (from) => !SKIPPED_TOP_LEVEL.has(path.relative(root, from).split(path.sep)[0]!),
    });
    symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    preload = (await buildElectron(path.join(project, 'dist', 'electron'))).preload;
    const { build } = await import('vite');
    await build({
      configFile: path.join(root, 'renderer', 'vite.config.ts'),
      build: { outDir: path.join(project, 'dist', 'renderer'), emptyOutDir: true },
      logLevel: 'error',
    });
    if (process.platform === 'linux') {
      // The real `npm run dist`, run from the copy: it downloads Electron from a local mirror.
      mirror = await startMirror(version, fakeRelease(version, 'linux', ['x64', 'arm64']));
      distRun = await runDist(project, mirror.url, path.join(work, 'home'));
    } else {
      // Elsewhere the mirror would have to serve a whole Electron.app: pack for Linux from a local stand-in.
      writeFakeElectron(path.join(work, 'electron'));
      await quietly(() =>
        runBuilder({
          projectDir: project,
          platform: 'linux',
          targets: new Map([['x64', ['dir']]]),
          electronDist: path.join(work, 'electron'),
        }),
      );
    }
    asar = builderRequire('@electron/asar') as typeof asar;
    asarFiles = asar
      .listPackage(asarPath(), {})
      .map((f) => f.replace(/\\/g, '/').replace(/^\//, ''))
      .filter((f) => !('files' in asar.statFile(asarPath(), f)));
  }, 180_000);

  afterAll(async () => {
    await mirror?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.runIf(process.platform === 'linux')(
    '`npm run dist -- --dir` fetches each Electron zip once and packs every arch with it',
    () => {
      const zips = mirror!.requests.filter((r) => r.endsWith('.zip'));
      expect(zips.sort()).toEqual([
        `/v${version}/electron-v${version}-linux-arm64.zip`,
        `/v${version}/electron-v${version}-linux-x64.zip`,
      ]);
      for (const dir of ['linux-unpacked', 'linux-arm64-unpacked']) {
        expect(existsSync(path.join(project, 'release', dir, 'resources', 'app.asar')), dir).toBe(true);
      }
      expect(distRun.stdout).toContain('Unpacked app written to release/');
    },
  );

  it('holds exactly the files the app loads at run time: package.json, main, preload, the page and its assets', () => {
    const rendererDir = path.join(project, 'dist', 'renderer');
    const entry = `dist/renderer${new URL(APP_ENTRY_URL).pathname}`;
    const expected = new Set(['package.json', pkg.main, path.relative(project, preload).replace(/\\/g, '/'), entry]);
    // Follow references from the page outwards: every asset it needs, and every asset those need.
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.shift()!;
      const text = readFileSync(path.join(project, file), 'utf8');
      for (const ref of referencedAssets(path.posix.relative('dist/renderer', file), text)) {
        const target = `dist/renderer/${ref}`;
        expect(existsSync(path.join(rendererDir, ref)), `${file} refers to ${ref}`).toBe(true);
        if (!expected.has(target)) {
          expected.add(target);
          if (/\.(?:js|css|html)$/.test(target)) queue.push(target);
        }
      }
    }
    expect(asarFiles.sort()).toEqual([...expected].sort());
    expect(asarFiles.filter((f) => /\.map$|\.test\.|node_modules|\.tsx?$/.test(f))).toEqual([]);
  });

  it('the main bundle loads the preload and the page from where the package puts them', () => {
    const main = asar.extractFile(asarPath(), pkg.main).toString('utf8');
    expect(main).toMatch(new RegExp(`["'\`]${path.basename(preload).replace('.', '\\.')}["'\`]`));
    expect(main).toMatch(/["'`]\.\.["'`],\s*["'`]renderer["'`]/);
  });

  it('ships the six templates inside the renderer bundle', () => {
    const bundle = asarFiles
      .filter((f) => f.endsWith('.js') && f.startsWith('dist/renderer/'))
      .map((f) => asar.extractFile(asarPath(), f).toString('utf8'))
      .join('\n');
    expect(TEMPLATES).toHaveLength(6);
    for (const { id } of TEMPLATES) {
      // English part notes exist only in the template documents, so finding them proves the document shipped.
      const notes = loadTemplate(id)
        .design.parts.map((p) => p.note ?? '')
        .filter((n) => n.length > 20 && !/[`\\$"']/.test(n));
      expect(notes.length, id).toBeGreaterThan(0);
      for (const note of notes) expect(bundle.includes(note), `${id}: ${note}`).toBe(true);
    }
  });

  it('writes package.json with the version and entry point of the project, plus the desktop metadata', () => {
    const packaged = JSON.parse(asar.extractFile(asarPath(), 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packaged).toMatchObject({ name: pkg.name, version: pkg.version, main: pkg.main, ...config.extraMetadata });
  });

  it('flips the fuses in the packaged executable as configured', async () => {
    const fuses = builderRequire('@electron/fuses') as typeof Fuses;
    const wire = await fuses.getCurrentFuseWire(path.join(project, 'release', 'linux-unpacked', pkg.name));
    // resetAdHocDarwinSignature is an instruction to the flipper (re-sign on macOS), not a fuse.
    const { resetAdHocDarwinSignature: _notAFuse, ...fuseSettings } = config.electronFuses;
    for (const [name, on] of Object.entries(fuseSettings)) {
      const option = fuses.FuseV1Options[(name[0]!.toUpperCase() + name.slice(1)) as keyof typeof fuses.FuseV1Options];
      expect(option, name).toBeTypeOf('number');
      expect(wire[option], name).toBe(on ? 49 : 48);
    }
  });
});
