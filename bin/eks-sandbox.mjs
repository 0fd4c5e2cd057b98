#!/usr/bin/env node
// Starts the command line. Normally from the prebuilt bundle (dist/cli, built by `npm run build:cli`, which
// `prepare` runs on `npm ci`), which starts in a fraction of the time. When the bundle is missing or older than
// any source it was built from (a developer edited the code), it runs the TypeScript sources through tsx
// instead, so the command always does what the sources say. EKS_SANDBOX_FROM_SOURCE=1 forces the sources;
// EKS_SANDBOX_DEBUG=1 says which one runs, and a terminal is told when the slower sources run.
import { checkBundle, loadBundle } from './cli-bundle.mjs';
import { directOutput } from './direct-output.mjs';

// Built-ins through process.getBuiltinModule, as in cli-bundle.mjs (an `import` of them costs more at start).
const path = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const debug = Boolean(process.env.EKS_SANDBOX_DEBUG);

function note(text) {
  process.stderr.write(`eks-sandbox: ${text}\n`);
}

async function loadFromSources(reason) {
  // Scripts read stderr, so the note goes only to a person at a terminal (or to whoever asked for debug).
  if (debug || process.stderr.isTTY) note(`running from the TypeScript sources (slower start): ${reason}`);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../cli/main.ts');
}

let runCli;
try {
  const bundle = process.env.EKS_SANDBOX_FROM_SOURCE
    ? { fresh: false, reason: 'EKS_SANDBOX_FROM_SOURCE is set' }
    : checkBundle(root);
  if (bundle.fresh) {
    const { exports, script } = loadBundle(bundle.paths);
    if (debug)
      note(
        `running the prebuilt bundle ${path.relative(root, bundle.paths.bundle)}${script.cachedDataRejected === false ? ' with its code cache' : ''}`,
      );
    ({ runCli } = exports);
  } else {
    ({ runCli } = await loadFromSources(`${bundle.reason}; run 'npm run build:cli' to rebuild the bundle`));
  }
} catch (err) {
  // A broken install, not bad input: still one line, with the way to see more.
  process.stderr.write(`eks-sandbox: cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (debug) process.stderr.write(`${err?.stack ?? ''}\n`);
  process.exit(3);
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: directOutput(1, () => process.stdout),
  stderr: directOutput(2, () => process.stderr),
});
