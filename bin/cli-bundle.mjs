// Finds and loads the prebuilt command line (dist/cli, written by `npm run build:cli`, which `prepare` runs on
// `npm ci`). Plain JavaScript with Node built-ins only: it runs before anything could compile TypeScript.
//
// The bundle is CommonJS compiled through vm.Script with V8's code cache (Node 20 has no
// module.enableCompileCache): with the cache, V8 skips parsing and compiling the 1.8 MB bundle and the
// functions a `validate` run needed when the cache was made, which is most of the start-up time left.
//
// Node's modules come from process.getBuiltinModule, not `import`: an ES import of node:fs builds a module
// facade that reads every export, which loads Node's streams (fs.ReadStream) only to be thrown away.
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
const Module = process.getBuiltinModule('node:module');
const path = process.getBuiltinModule('node:path');
const { Script } = process.getBuiltinModule('node:vm');
const { createRequire } = Module;

export const BUNDLE_DIR = ['dist', 'cli'];
export const BUNDLE_FILE = 'eks-sandbox.cjs';
export const CACHE_FILE = 'eks-sandbox.cjs.cache';
export const INPUTS_FILE = 'inputs.json';

/** Paths of the bundle, its code cache and its input list under the project root `root`. */
export function bundlePaths(root) {
  const dir = path.join(root, ...BUNDLE_DIR);
  return { bundle: path.join(dir, BUNDLE_FILE), cache: path.join(dir, CACHE_FILE), inputs: path.join(dir, INPUTS_FILE) };
}

function mtimeOf(file) {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/**
 * Whether the bundle under `root` can run: `{ fresh: true, paths }`, or `{ fresh: false, reason }` when it is
 * missing or any source it was built from (inputs.json) changed or disappeared since.
 */
export function checkBundle(root) {
  const paths = bundlePaths(root);
  const built = mtimeOf(paths.bundle);
  if (built === undefined) return { fresh: false, reason: `${path.relative(root, paths.bundle)} is missing` };
  let sources;
  try {
    sources = JSON.parse(readFileSync(paths.inputs, 'utf8')).sources;
    if (!Array.isArray(sources)) throw new Error('no list of sources');
  } catch {
    return { fresh: false, reason: `${path.relative(root, paths.inputs)} is missing or unreadable` };
  }
  // Plain concatenation: path.join normalises each of the ~350 paths, which showed up in start-up profiles.
  const prefix = root + path.sep;
  for (const source of sources) {
    const changed = mtimeOf(prefix + source);
    if (changed === undefined) return { fresh: false, reason: `${source}, which it was built from, is gone` };
    if (changed > built) return { fresh: false, reason: `${source} changed after it was built` };
  }
  return { fresh: true, paths };
}

/** Compiles and runs the bundle; returns its exports and the script (to write a code cache from). */
export function loadBundle(paths, { useCache = true } = {}) {
  // latin1, not utf8: the bundle is ASCII (a test checks), and Node decodes latin1 in about half the time of
  // utf8, which was a tenth of the start-up for the 2 MB file.
  const source = readFileSync(paths.bundle, 'latin1');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(paths.cache);
    } catch {
      // No cache (or unreadable): V8 compiles from source, which is only slower.
    }
  }
  // A cache from another Node version or V8 flags is rejected by V8 itself and the source compiled instead.
  const script = new Script(Module.wrap(source), { filename: paths.bundle, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(paths.bundle), module, paths.bundle, path.dirname(paths.bundle));
  return { exports: module.exports, script };
}
