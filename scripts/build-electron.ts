/**
 * Bundles the Electron main process (dist/electron/main.js, ESM) and the preload
 * (dist/electron/preload.cjs, one CommonJS file, because a sandboxed preload cannot load modules).
 * `npm run build:electron`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildElectron(outDir = path.join(root, 'dist', 'electron')): Promise<{ main: string; preload: string }> {
  const main = path.join(outDir, 'main.js');
  const preload = path.join(outDir, 'preload.cjs');
  // Both run in Electron, which provides the `electron` module.
  const common: BuildOptions = { bundle: true, platform: 'node', external: ['electron'], logLevel: 'warning' };
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'main.ts')],
    outfile: main,
    format: 'esm',
    target: 'node22',
    sourcemap: 'linked',
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'preload.ts')],
    outfile: preload,
    format: 'cjs',
    target: 'chrome130',
  });
  return { main, preload };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { main, preload } = await buildElectron();
  console.log(`Built ${path.relative(root, main)} and ${path.relative(root, preload)}`);
}
