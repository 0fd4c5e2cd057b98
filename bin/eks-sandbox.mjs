#!/usr/bin/env node
// Runs the TypeScript command line straight from source through tsx, so `npx eks-sandbox` works on a
// fresh clone after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
let runCli;
try {
  ({ runCli } = await import('../cli/main.ts'));
} catch (err) {
  // A broken install, not bad input: still one line, with the way to see more.
  process.stderr.write(`eks-sandbox: cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.EKS_SANDBOX_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
  process.exit(3);
}
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
