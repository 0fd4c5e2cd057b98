/**
 * Bundles the command line into one file, `dist/cli/eks-sandbox.cjs`, so `eks-sandbox` starts without
 * compiling TypeScript (tsx took ~1.4 s a run), and writes V8's code cache for it (`eks-sandbox.cjs.cache`)
 * from a warm-up run. Next to them, `inputs.json` lists the project files the bundle was built from:
 * `bin/eks-sandbox.mjs` uses the bundle only while none of them is newer than it, and runs the sources through
 * tsx otherwise (bin/cli-bundle.mjs). Templates and data are JSON imports, so they are inside the bundle.
 * `npm run build:cli`; `prepare` runs it, so `npm ci` leaves a fresh bundle.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { bundlePaths, type BundlePaths } from '../bin/cli-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuiltCli extends BundlePaths {
  /** Project files (relative to the root, `/`-separated) the bundle holds; node_modules excluded. */
  sources: string[];
}

/**
 * Builds the bundle of the project at `projectRoot` into its dist/cli; each file is written beside itself and
 * renamed into place, so a command starting meanwhile sees the old files or the new ones.
 */
export async function buildCli(projectRoot = root): Promise<BuiltCli> {
  const paths = bundlePaths(projectRoot);
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: [path.join(projectRoot, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    metafile: true,
    // Less to read and hash at every start; names stay readable for EKS_SANDBOX_DEBUG stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    outfile: paths.bundle,
    logLevel: 'warning',
    plugins: [jsonAsParse, zodEnglishOnly, zodFromJsonSchemaLazy, schemaValidatorBeside],
  });
  // eksctl's compiled schema validator, half a megabyte only a cluster.yaml input needs, goes in its own file.
  const validator = await build({
    absWorkingDir: projectRoot,
    entryPoints: [path.join(projectRoot, SCHEMA_VALIDATOR)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const sources = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .sort();
  await mkdir(path.dirname(paths.bundle), { recursive: true });
  // The input list first, then the bundle: a reader that finds a bundle always finds its list beside it.
  await writeAtomically(paths.inputs, `${JSON.stringify({ sources }, null, 1)}\n`);
  await rm(paths.cache, { force: true });
  await writeAtomically(path.join(path.dirname(paths.bundle), VALIDATOR_FILE), validator.outputFiles[0]!.contents);
  await writeAtomically(paths.bundle, result.outputFiles[0]!.contents);
  await writeCodeCache(paths, projectRoot);
  return { ...paths, sources };
}

/**
 * Runs the bundle once in a plain Node process (the cache must match the V8 flags of a real start, which tsx
 * could change) on the commands CI runs most, then saves the code V8 compiled for them.
 */
async function writeCodeCache(paths: BundlePaths, projectRoot: string): Promise<void> {
  const template = path.join(projectRoot, 'templates', 'microservices.json');
  const warmUp = `
    import { writeFileSync, renameSync } from 'node:fs';
    import { loadBundle } from ${JSON.stringify(pathToFileURL(path.join(projectRoot, 'bin', 'cli-bundle.mjs')).href)};
    const paths = JSON.parse(process.argv[1]);
    const { exports, script } = loadBundle(paths, { useCache: false });
    const io = { stdout: { write() {} }, stderr: { write() {} }, now: () => new Date() };
    for (const args of [['validate', ${JSON.stringify(template)}], ['cost', ${JSON.stringify(template)}]]) {
      await exports.runCli(args, io);
    }
    const tmp = paths.cache + '.' + process.pid + '.tmp';
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, paths.cache);
  `;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', warmUp, JSON.stringify(paths)], {
    cwd: projectRoot,
  });
}

/**
 * JSON files (the instance catalog, eksctl's schema, the templates) become `JSON.parse('...')` instead of the
 * object literals esbuild writes by default: V8 reads a JSON string several times faster than it runs the code
 * of an equal literal, and a literal of 1,108 rows made the instance catalog a tenth of `validate`'s start-up.
 * esbuild escapes non-ASCII characters in the string (charset ascii), so the bundle stays ASCII.
 */
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const value: unknown = JSON.parse(text); // a broken file fails the build here, naming it, rather than at every start
      const parse = `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      const relative = path
        .relative(b.initialOptions.absWorkingDir ?? root, args.path)
        .split(path.sep)
        .join('/');
      if (PARSED_ON_FIRST_READ.has(relative) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return { contents: lazyJsonObject(Object.keys(value), parse), loader: 'js' };
      }
      return { contents: `export default ${parse};`, loader: 'js' };
    });
  },
};

/**
 * JSON objects the commands CI runs most never read: eksctl's schema (150 kB) orders the keys of an exported
 * cluster.yaml and checks an imported one, while `validate` builds its cluster config without either. Parsing it
 * anyway was ~2 ms and a megabyte for the garbage collector to copy at every start.
 */
const PARSED_ON_FIRST_READ = new Set(['shared/eksctl/schema.json']);

/**
 * A module whose default export has the JSON object's top-level keys, in order, as getters that parse the whole
 * file on the first read of any of them: the same values (one parse, so the same objects on every read) for
 * code that reads it, which is all the project does (the schema is treated as read-only).
 */
export function lazyJsonObject(keys: readonly string[], parse: string): string {
  const getters = keys.map((key) => `  get ${JSON.stringify(key)}() { return load()[${JSON.stringify(key)}]; },`);
  return `let parsed;\nconst load = () => (parsed ??= ${parse});\nexport default {\n${getters.join('\n')}\n};\n`;
}

/**
 * zod's error messages in 40 languages are a seventh of the bundle; the command line (like the rest of the
 * project) never calls `z.config(z.locales.xx())`, so only the English one zod itself sets up is kept.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** The line of zod's from-json-schema.js that copies every zod export into a local object at load. */
const ZOD_FROM_JSON_SCHEMA_COPY = `const z = {
    ..._schemas,
    ..._checks,
    iso: _iso,
};`;

/**
 * zod's `fromJSONSchema` module copies all of zod's schema and check exports into a local `z` when it loads:
 * several hundred getters of the bundle's namespace objects, ~7 ms of every start, for a function this project
 * never calls. In the bundle that `z` reads the same exports on use instead (later sources win, as in the
 * spread). The build fails if a zod update changed that line, rather than silently keeping the cost.
 */
const zodFromJsonSchemaLazy: Plugin = {
  name: 'zod-from-json-schema-lazy',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(ZOD_FROM_JSON_SCHEMA_COPY)) {
        throw new Error(`${args.path}: the copy of zod's exports this build defers is not there (zod changed?)`);
      }
      const lazy =
        'const z = new Proxy({}, { get: (target, key) => key === "iso" ? _iso : ' +
        'Object.hasOwn(_checks, key) ? _checks[key] : Object.hasOwn(_schemas, key) ? _schemas[key] : Reflect.get(target, key) });';
      return { contents: text.replace(ZOD_FROM_JSON_SCHEMA_COPY, lazy), resolveDir: path.dirname(args.path), loader: 'js' };
    });
  },
};

/** eksctl's schema validator, generated code that only importing a cluster.yaml runs (shared/import/check-config.ts). */
const SCHEMA_VALIDATOR = 'shared/eksctl/generated/validate-cluster-config.js';
/** Where it goes, beside the bundle. */
export const VALIDATOR_FILE = 'eksctl-schema-validator.cjs';

/**
 * In the bundle, the validator module is a stand-in that requires the real one from VALIDATOR_FILE on its first
 * call: a `validate` of a design file then neither reads nor compiles its half megabyte (a fifth of the bundle).
 * Same interface: `validate(value)` returns whether it is valid and leaves Ajv's errors on `validate.errors`.
 */
const schemaValidatorBeside: Plugin = {
  name: 'schema-validator-beside',
  setup(b) {
    b.onLoad({ filter: /[\\/]shared[\\/]eksctl[\\/]generated[\\/]validate-cluster-config\.js$/ }, () => ({
      contents: `let real;
export function validate(value) {
  real ??= require('./${VALIDATOR_FILE}').validate;
  const valid = real(value);
  validate.errors = real.errors;
  return valid;
}
export default validate;`,
      loader: 'js',
    }));
    b.onResolve({ filter: new RegExp(`^\\./${VALIDATOR_FILE.replace('.', '\\.')}$`) }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, contents);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const built = await buildCli();
    console.log(`Built ${path.relative(root, built.bundle)} from ${built.sources.length} source files`);
  } catch (err) {
    // From `prepare` (--if-possible), a failed build must not fail `npm ci`: the command still runs from the
    // sources, only slower. `npm run build:cli` itself fails loudly.
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    if (!process.argv.includes('--if-possible')) throw err;
    console.warn(`build:cli: could not build the command-line bundle (${reason}); eks-sandbox will run from the sources`);
  }
}
