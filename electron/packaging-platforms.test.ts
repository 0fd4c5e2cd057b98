/**
 * What each platform's package needs to start, checked on electron-builder's own code paths with the
 * configuration as electron-builder resolves it (electron/electron-builder.json through its `extends`):
 *
 * - macOS arm64 kills an app whose signature is invalid, and flipping fuses rewrites the Electron binary. With
 *   no signing identity electron-builder does not sign at all, so the fuse flipper must re-sign ad hoc
 *   (`electronFuses.resetAdHocDarwinSignature`, see electron/fuses' "Apple Silicon" note).
 * - Linux: the .desktop entry electron-builder writes for the AppImage and the deb (`Exec=… %U`, the MIME type
 *   of .eksdesign files), and that what a launcher passes for %U reaches the app as a file.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Fuses from '@electron/fuses';
import { CONFIG_FILE, runBuilder } from '../scripts/dist.js';
import { FUSE_SENTINEL, writeFakeElectron } from '../scripts/test-support/fake-electron.js';
import { fileFromArgv } from './argv.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));

interface ResolvedConfig {
  electronFuses: Record<string, boolean>;
  mac: Record<string, unknown>;
  [key: string]: unknown;
}

/** The configuration as electron-builder resolves it for `npm run dist` (scripts/dist.ts passes `extends`). */
async function resolvedConfig(): Promise<ResolvedConfig> {
  const { getConfig } = builderRequire('./out/util/config/config.js') as {
    getConfig(projectDir: string, configPath: string | null, options: object): Promise<ResolvedConfig>;
  };
  return getConfig(root, null, { extends: path.join(root, CONFIG_FILE) });
}

interface PackagerMethods {
  generateFuseConfig(fuses: object): Promise<Fuses.FuseConfig>;
  addElectronFuses(context: { appOutDir: string; electronPlatformName: string }, fuses: Fuses.FuseConfig): Promise<unknown>;
}
/** electron-builder's packager methods that turn `electronFuses` into a flipFuses call (loaded through the
 * package index: the packager modules import each other in a cycle). */
const packagerMethods = () =>
  (builderRequire('./out/index.js') as { PlatformPackager: { prototype: PackagerMethods } }).PlatformPackager.prototype;

describe('macOS arm64: a fused app without a signing identity still has a valid signature', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'eks-adhoc-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('asks the fuse flipper to re-sign ad hoc, in a config electron-builder’s schema accepts', async () => {
    const config = await resolvedConfig();
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
    // No identity is configured (none is available to this project); the ad hoc signature is what ships.
    expect(config.mac.identity).toBeUndefined();
    const schema = JSON.parse(readFileSync(builderRequire.resolve('./scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, resetAdhocDarwinSignature: true } })).toBe(false);
    const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
      validateConfiguration(config: object, debugLogger: object): Promise<void>;
    };
    await validateConfiguration(config, { isEnabled: false, add: () => undefined });
  });

  it('flipping the fuses of an .app re-signs it with `codesign --sign -` (a stand-in codesign records the call)', async () => {
    const methods = packagerMethods();
    const fuseConfig = await methods.generateFuseConfig.call({}, (await resolvedConfig()).electronFuses);
    expect(fuseConfig).toMatchObject({ resetAdHocDarwinSignature: true });

    // An app bundle as electron-builder lays it out, its binary carrying Electron's fuse wire.
    const appOutDir = path.join(work, 'mac-arm64');
    const app = path.join(appOutDir, 'EKS Sandbox.app');
    const binary = path.join(app, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
    mkdirSync(path.dirname(binary), { recursive: true });
    writeFileSync(binary, Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]));
    const bin = path.join(work, 'bin');
    mkdirSync(bin);
    const log = path.join(work, 'codesign.log');
    writeFileSync(path.join(bin, 'codesign'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\n`);
    chmodSync(path.join(bin, 'codesign'), 0o755);

    const fuses = builderRequire('@electron/fuses') as typeof Fuses;
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${savedPath ?? ''}`;
    try {
      // What electron-builder's mac packager runs after packing, before it looks for a signing identity.
      await methods.addElectronFuses.call(
        { appInfo: { productFilename: 'EKS Sandbox' } },
        { appOutDir, electronPlatformName: 'darwin' },
        fuseConfig,
      );
    } finally {
      process.env.PATH = savedPath;
    }
    const args = readFileSync(log, 'utf8').trim().split('\n');
    expect(args[0]).toBe('--sign');
    expect(args[1]).toBe('-');
    expect(args).toContain('--force');
    expect(args.at(-1)).toBe(app);
    // The fuses were flipped as configured before the signature was redone.
    const wire = await fuses.getCurrentFuseWire(app);
    expect(wire[fuses.FuseV1Options.RunAsNode]).toBe(48);
  });
});

describe('Linux: the desktop entry of the AppImage and the deb', () => {
  let work: string;
  let desktopEntry = '';
  let mimeXml = '';

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'eks-desktop-entry-'));
    const project = path.join(work, 'project');
    // Only what electron-builder reads: package.json, its config and icons, a stand-in main bundle.
    mkdirSync(path.join(project, 'electron'), { recursive: true });
    mkdirSync(path.join(project, 'dist', 'electron'), { recursive: true });
    cpSync(path.join(root, 'package.json'), path.join(project, 'package.json'));
    cpSync(path.join(root, CONFIG_FILE), path.join(project, CONFIG_FILE));
    cpSync(path.join(root, 'electron', 'build-resources'), path.join(project, 'electron', 'build-resources'), {
      recursive: true,
    });
    writeFileSync(path.join(project, 'dist', 'electron', 'main.js'), '// stand-in\n');
    symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    writeFakeElectron(path.join(work, 'electron'));

    const { LinuxTargetHelper } = builderRequire('./out/targets/LinuxTargetHelper.js') as {
      LinuxTargetHelper: new (packager: unknown) => {
        computeDesktopEntry(options: object): Promise<string>;
        mimeTypeFiles: Promise<string | null>;
      };
    };
    const { setPrinter } = builderRequire('builder-util') as { setPrinter(p: ((m: string) => void) | null): void };
    setPrinter(() => undefined);
    try {
      await runBuilder({
        projectDir: project,
        platform: 'linux',
        targets: new Map([['x64', ['dir']]]),
        electronDist: path.join(work, 'electron'),
        overrides: {
          // The packager of this very build computes the entry its AppImage and deb targets write.
          afterPack: async (context: { packager: { platformSpecificBuildOptions: object } }) => {
            const helper = new LinuxTargetHelper(context.packager);
            desktopEntry = await helper.computeDesktopEntry(context.packager.platformSpecificBuildOptions);
            const mime = await helper.mimeTypeFiles;
            mimeXml = mime ? readFileSync(mime, 'utf8') : '';
          },
        },
      });
    } finally {
      setPrinter(null);
    }
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const field = (name: string) => desktopEntry.match(new RegExp(`^${name}=(.*)$`, 'm'))?.[1];

  it('declares the app, its category, its window class and the .eksdesign MIME type', () => {
    expect(desktopEntry.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(field('Name')).toBe('EKS Sandbox');
    expect(field('Type')).toBe('Application');
    expect(field('Categories')).toBe('Development;');
    // Electron takes its Wayland app_id / WM_CLASS from package.json's desktopName: the same name.
    expect(field('StartupWMClass')).toBe('eks-sandbox');
    expect(field('MimeType')).toBe('application/x-eks-sandbox-design;');
    expect(mimeXml).toContain('<mime-type type="application/x-eks-sandbox-design">');
    expect(mimeXml).toContain('<glob pattern="*.eksdesign"/>');
  });

  it('launches with %U, so a launcher may pass a file: URL, and the app opens it as a file', () => {
    const exec = field('Exec')!;
    expect(exec).toMatch(/ %U$/);
    // What a file manager runs for a double click on "My designs/prod 1.eksdesign" (spec: one URL per %U).
    const file = path.resolve('/home/u/My designs/prod 1.eksdesign');
    const argv = [...execWords(exec.replace('%U', '')), pathToFileURL(file).href];
    expect(fileFromArgv(argv, '/')).toBe(file);
  });
});

/** Splits an Exec value into words as the desktop-entry spec quotes them ("…" with \\ escapes). */
function execWords(exec: string): string[] {
  return [...exec.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replace(/\\(.)/g, '$1'));
}

describe('Linux: the AppImage launcher electron-builder writes', () => {
  it('adds --no-sandbox by itself where user namespaces are refused, which the app then notices (node/linux-sandbox.ts)', () => {
    const { generateAppRunScript } = builderRequire('./out/targets/appimage/appImageUtil.js') as {
      generateAppRunScript(config: object): string;
    };
    const appRun = generateAppRunScript({ ExecutableName: 'eks-sandbox', ProductName: 'EKS Sandbox' });
    expect(appRun).toContain('unshare -Ur true');
    expect(appRun).toContain('NO_SANDBOX=(--no-sandbox)');
    // The flag reaches the app as an argument of its own, which noSandboxNotice looks for.
    expect(appRun).toMatch(/exec "\$BIN" "\$\{NO_SANDBOX\[@\]\}"/);
  });
});
