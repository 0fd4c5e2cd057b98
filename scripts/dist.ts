/**
 * `npm run dist`: builds the app (main + preload bundles, renderer) and packages it with electron-builder for
 * the current platform, with the targets and arches of electron/electron-builder.json. Electron itself comes
 * from scripts/electron-dist.ts; any failure ends in one line starting with `dist:` and a non-zero exit.
 *
 *   npm run dist [-- --skip-build] [-- --dir] [-- -c.electronDist=/path/to/electron]
 *
 * `--skip-build` packages what is already in dist/; `--dir` makes only the unpacked app (a quick check).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ElectronBuilder from 'electron-builder';
import { buildElectron } from './build-electron.js';
import { builderPlatformOf, DistError, electronVersion, resolveElectron, type BuilderPlatform } from './electron-dist.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CONFIG_FILE = path.join('electron', 'electron-builder.json');

type TargetEntry = string | { target: string; arch?: string | string[] };
export interface BuilderConfig {
  electronDist?: string;
  electronDownload?: { mirror?: string | null } | null;
  mac?: { target?: TargetEntry[] };
  win?: { target?: TargetEntry[] };
  linux?: { target?: TargetEntry[] };
  [key: string]: unknown;
}

export function readBuilderConfig(projectDir = root): BuilderConfig {
  return JSON.parse(readFileSync(path.join(projectDir, CONFIG_FILE), 'utf8')) as BuilderConfig;
}

/** Target name -> arches, as the config lists them for `platform` (a bare name means this machine's arch). */
export function configuredTargets(
  config: BuilderConfig,
  platform: BuilderPlatform,
  hostArch = process.arch,
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const entry of config[platform]?.target ?? []) {
    const { target, arch } = typeof entry === 'string' ? { target: entry, arch: undefined } : entry;
    result.set(target, arch === undefined ? [hostArch] : Array.isArray(arch) ? arch : [arch]);
  }
  return result;
}

export interface DistArgs {
  skipBuild: boolean;
  dirOnly: boolean;
  electronDist?: string;
}

export const USAGE = 'usage: npm run dist [-- --skip-build] [-- --dir] [-- -c.electronDist=/path/to/electron]';

export function parseDistArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): DistArgs {
  const args: DistArgs = { skipBuild: false, dirOnly: false, electronDist: env.ELECTRON_DIST || undefined };
  for (const arg of argv) {
    if (arg === '--skip-build') args.skipBuild = true;
    else if (arg === '--dir') args.dirOnly = true;
    else if (arg.startsWith('-c.electronDist=') && arg.length > '-c.electronDist='.length) {
      args.electronDist = arg.slice('-c.electronDist='.length);
    } else throw new DistError(`dist: unknown argument "${arg}"; ${USAGE}`);
  }
  return args;
}

export interface BuilderRun {
  projectDir: string;
  platform: BuilderPlatform;
  /** Arch -> target names (`dir` for the unpacked app only). */
  targets: Map<string, string[]>;
  electronDist?: string;
  /** Config keys laid over the config file (tests send the output to a temporary folder). */
  overrides?: Record<string, unknown>;
}

/** Arch -> target names for the arches Electron is available for; `dir` alone with `--dir`. */
export function plannedTargets(
  configured: Map<string, string[]>,
  arches: readonly string[],
  dirOnly: boolean,
): Map<string, string[]> {
  const plan = new Map<string, string[]>();
  for (const [target, targetArches] of configured) {
    for (const arch of targetArches.filter((a) => arches.includes(a))) {
      plan.set(arch, dirOnly ? ['dir'] : [...(plan.get(arch) ?? []), target]);
    }
  }
  return plan;
}

/** Runs electron-builder through its API (its CLI would print stack traces); resolves to the artifacts. */
export async function runBuilder(run: BuilderRun): Promise<string[]> {
  const require = createRequire(import.meta.url);
  // Loaded on demand: electron-builder is large and only packaging needs it.
  const builder = require('electron-builder') as typeof ElectronBuilder;
  const platform = builder.Platform.fromString(run.platform);
  const byArch = new Map<ElectronBuilder.Arch, string[]>();
  for (const [arch, names] of run.targets) byArch.set(builder.archFromString(arch), names);
  return builder.build({
    projectDir: run.projectDir,
    targets: new Map([[platform, byArch]]),
    publish: 'never',
    config: {
      extends: path.join(run.projectDir, CONFIG_FILE),
      ...(run.electronDist ? { electronDist: run.electronDist } : {}),
      ...run.overrides,
    },
  });
}

async function buildApp(): Promise<void> {
  await buildElectron();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}

export async function dist(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const args = parseDistArgs(argv, env);
  const platform = builderPlatformOf(process.platform);
  const config = readBuilderConfig();
  const configured = configuredTargets(config, platform);
  const arches = [...new Set([...configured.values()].flat())];
  if (arches.length === 0) throw new DistError(`dist: ${CONFIG_FILE} lists no ${platform} targets`);

  // Electron first: no point building for a minute when packaging cannot happen.
  const source = await resolveElectron({
    root,
    platform,
    arches,
    hostArch: process.arch,
    version: electronVersion(root),
    explicitDist: args.electronDist ?? config.electronDist,
    electronDownload: config.electronDownload,
    env,
  });
  if (source.note) console.log(source.note);
  if (!args.skipBuild) await buildApp();
  return runBuilder({
    projectDir: root,
    platform,
    targets: plannedTargets(configured, source.arches, args.dirOnly),
    electronDist: source.electronDist,
  });
}

const NETWORK_ERROR = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|Response code \d+/;

/** The one line for any failure; a download error inside the builder is one of its packaging tools. */
export function oneLine(err: unknown): string {
  if (err instanceof DistError) return err.message;
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n').find((line) => line.trim() !== '') ?? 'failed';
  if (NETWORK_ERROR.test(first)) {
    return (
      `dist: electron-builder could not download a packaging tool (${first}); it fetches them from github.com on ` +
      'first use, so run it where GitHub is reachable or set ELECTRON_BUILDER_BINARIES_MIRROR'
    );
  }
  return `dist: ${first}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const artifacts = await dist(process.argv.slice(2));
    if (artifacts.length === 0) console.log('Unpacked app written to release/ (no installers with --dir)');
    else console.log(`Packages:\n${artifacts.map((a) => `  ${path.relative(root, a)}`).join('\n')}`);
  } catch (err) {
    console.error(oneLine(err));
    process.exit(1);
  }
}
