/**
 * Where `npm run dist` gets the Electron build it packages, decided before electron-builder starts so a
 * missing binary ends in one clear line instead of a stack trace from deep inside the builder:
 * 1. `ELECTRON_DIST` / `-c.electronDist=` (or `electronDist` in the config): a local Electron, used as is;
 * 2. otherwise the official zips, fetched with electron-builder's own downloader into its own cache (so the
 *    builder finds them there and does not download twice; ELECTRON_MIRROR and friends apply);
 * 3. if that fails, the Electron `npm start` uses (scripts/electron-binary.ts), for this machine's arch only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { electronBinaryPath } from './electron-binary.js';

/** electron-builder's platform names. */
export type BuilderPlatform = 'linux' | 'win' | 'mac';
/** Electron's names for the same platforms, as in its release file names. */
const ELECTRON_PLATFORM: Record<BuilderPlatform, 'linux' | 'win32' | 'darwin'> = { linux: 'linux', win: 'win32', mac: 'darwin' };
/** What an unpacked Electron build holds at its top level, per platform. */
const UNPACKED_MARKER: Record<BuilderPlatform, string> = { linux: 'electron', win: 'electron.exe', mac: 'Electron.app' };

/** A failure whose message is the one line `npm run dist` prints. */
export class DistError extends Error {}

export function builderPlatformOf(nodePlatform: NodeJS.Platform): BuilderPlatform {
  if (nodePlatform === 'linux') return 'linux';
  if (nodePlatform === 'win32') return 'win';
  if (nodePlatform === 'darwin') return 'mac';
  throw new DistError(`dist: electron-builder cannot build packages on ${nodePlatform}; use Linux, Windows or macOS`);
}

/** The Electron version the app is built against: the installed `electron` package's. */
export function electronVersion(root: string): string {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(file)) throw new DistError('dist: node_modules/electron is missing; run `npm ci` first');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export function electronZipName(version: string, platform: BuilderPlatform, arch: string): string {
  return `electron-v${version}-${ELECTRON_PLATFORM[platform]}-${arch}.zip`;
}

/**
 * The host the download goes to: the first mirror setting @electron/get honours (npm config, package.json
 * config, ELECTRON_MIRROR), then `electronDownload.mirror` from the config, else GitHub.
 */
export function downloadHost(env: NodeJS.ProcessEnv, configMirror?: string | null): string {
  const mirror =
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    configMirror ||
    'https://github.com/electron/electron/releases/download/';
  try {
    return new URL(mirror).host || mirror;
  } catch {
    return mirror;
  }
}

export interface ElectronSource {
  /** Passed to electron-builder as `electronDist`; undefined = it takes the downloaded zips from its cache. */
  electronDist?: string;
  /** The arches that can be packaged with this Electron. */
  arches: string[];
  /** Said before packaging when the choice is not the obvious one. */
  note?: string;
}

export interface ResolveElectronOptions {
  root: string;
  platform: BuilderPlatform;
  /** Arches the config lists for this platform. */
  arches: string[];
  hostArch: string;
  version: string;
  /** ELECTRON_DIST, `-c.electronDist=` or the config's `electronDist`, relative to `root`. */
  explicitDist?: string;
  env?: NodeJS.ProcessEnv;
  /** The config's `electronDownload` options, handed to the downloader unchanged. */
  electronDownload?: { mirror?: string | null } | null;
  /** Injected by tests; electron-builder's downloader otherwise. */
  download?: (arch: string) => Promise<unknown>;
}

function hostArchOnly(hostArch: string, arches: string[], where: string): string[] {
  if (!arches.includes(hostArch)) {
    throw new DistError(`dist: ${where} can only package for this machine (${hostArch}), which the config does not list`);
  }
  return [hostArch];
}

/** A local Electron: a zip, a folder of release zips (one per arch), or an unpacked build for this machine. */
function localSource(dist: string, o: ResolveElectronOptions): ElectronSource {
  const where = `ELECTRON_DIST=${dist}`;
  if (!existsSync(dist)) throw new DistError(`dist: ${where} does not exist`);
  if (statSync(dist).isFile()) {
    if (!dist.endsWith('.zip')) throw new DistError(`dist: ${where} is a file but not an Electron .zip`);
    return { electronDist: dist, arches: hostArchOnly(o.hostArch, o.arches, where) };
  }
  const entries = new Set(readdirSync(dist));
  const zipped = o.arches.filter((arch) => entries.has(electronZipName(o.version, o.platform, arch)));
  if (zipped.length > 0) return { electronDist: dist, arches: zipped };
  if (!entries.has(UNPACKED_MARKER[o.platform])) {
    throw new DistError(
      `dist: ${where} is neither an unpacked Electron for ${o.platform} (no ${UNPACKED_MARKER[o.platform]} in it) ` +
        `nor a folder holding ${electronZipName(o.version, o.platform, o.hostArch)}`,
    );
  }
  return { electronDist: dist, arches: hostArchOnly(o.hostArch, o.arches, where) };
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
}

export async function resolveElectron(o: ResolveElectronOptions): Promise<ElectronSource> {
  const env = o.env ?? process.env;
  if (o.explicitDist) return localSource(path.resolve(o.root, o.explicitDist), o);

  const download =
    o.download ??
    (async (arch: string) => {
      // Loaded on demand: app-builder-lib is large and only this path needs it.
      const { downloadElectronArtifactZip } = await import('app-builder-lib/out/util/electronGet.js');
      // The same options electron-builder hands its downloader (createDownloadOpts in ElectronFramework), so
      // the zip lands where the builder then looks for it.
      const platformName = ELECTRON_PLATFORM[o.platform];
      return downloadElectronArtifactZip({
        electronDownload: { platform: platformName, arch, version: o.version, ...o.electronDownload },
        artifactName: 'electron',
        platformName,
        arch,
        version: o.version,
      });
    });
  try {
    for (const arch of o.arches) await download(arch);
    return { arches: o.arches };
  } catch (err) {
    const reason = `download from ${downloadHost(env, o.electronDownload?.mirror)} failed: ${firstLine(err)}`;
    const installed = electronBinaryPath(o.root, env);
    if (installed && o.arches.includes(o.hostArch)) {
      const dist = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(o.root, 'node_modules', 'electron', 'dist');
      return {
        electronDist: dist,
        arches: [o.hostArch],
        note: `dist: ${reason}; packaging for ${o.hostArch} only, with the installed Electron in ${dist}`,
      };
    }
    throw new DistError(
      `dist: cannot get the Electron ${o.version} binary (${reason}); ` +
        'set ELECTRON_DIST=/path/to/electron/dist or see README "Packages"',
    );
  }
}
