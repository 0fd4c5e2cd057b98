/**
 * `npm run web`: builds the renderer with Vite, then serves dist/renderer at http://127.0.0.1:$PORT
 * (default 5173) until Ctrl+C. `--no-build` serves what is already built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startStaticServer, type RunningServer } from './static-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_DIST = path.join(root, 'dist', 'renderer');

/** PORT from the environment, checked; 5173 when unset. */
export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT?.trim();
  if (!raw) return 5173;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a number from 1 to 65535, not "${raw}".`);
  return port;
}

/** Runs `vite build --config renderer/vite.config.ts`. @throws when the build fails. */
export function buildRenderer(): void {
  const config = path.join(root, 'renderer', 'vite.config.ts');
  if (!existsSync(config)) throw new Error('renderer/vite.config.ts is missing, so the renderer cannot be built.');
  const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--config', config], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`The renderer build failed (vite exited with ${result.status ?? result.signal}).`);
}

export async function serveWeb(options: { build?: boolean; port?: number } = {}): Promise<RunningServer> {
  if (options.build !== false) buildRenderer();
  if (!existsSync(path.join(RENDERER_DIST, 'index.html')))
    throw new Error('dist/renderer/index.html is missing; run without --no-build.');
  const server = await startStaticServer(RENDERER_DIST, options.port ?? portFromEnv());
  console.log(`EKS Sandbox (browser version) is running at ${server.url}  (Ctrl+C to stop)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await serveWeb({ build: !process.argv.includes('--no-build') });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
