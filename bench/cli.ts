/**
 * Start-up of the command line as CI and pre-commit hooks see it: `eks-sandbox validate` on the microservices
 * template, each run a fresh Node process (cold: nothing warm but the OS file cache), against `node -e 0` in the
 * same runs, alternating so a busy moment slows both. Target: cli_validate_ms <= node_start_ms + 150.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkBundle } from '../bin/cli-bundle.mjs';
import { buildCli } from '../scripts/build-cli.js';
import { median, roundMs } from './measure.js';
import type { BenchSection } from './section.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 10;
const run = promisify(execFile);

async function timeProcess(args: readonly string[]): Promise<number> {
  const start = performance.now();
  await run(process.execPath, [...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  return performance.now() - start;
}

export async function runCliBench(): Promise<BenchSection> {
  // The figure is for the prebuilt bundle users get after `npm ci`; rebuild it if the sources moved on.
  const check = checkBundle(root);
  if (!check.fresh) await buildCli(root);
  const validateArgs = [
    path.join(root, 'bin', 'eks-sandbox.mjs'),
    'validate',
    path.join(root, 'templates', 'microservices.json'),
  ];
  await timeProcess(validateArgs); // one unmeasured run, so the files are in the OS cache like every later run
  const cli: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(await timeProcess(['-e', '0']));
    cli.push(await timeProcess(validateArgs));
  }
  const cliMs = median(cli);
  const nodeMs = median(node);
  return {
    title: `Command line start-up (median of ${RUNS} cold runs)`,
    rows: [
      { label: 'eks-sandbox validate microservices', value: `${cliMs.toFixed(1)} ms (min ${Math.min(...cli).toFixed(1)})` },
      { label: 'node -e 0', value: `${nodeMs.toFixed(1)} ms (min ${Math.min(...node).toFixed(1)})` },
      {
        label: 'difference (target <= 150 ms)',
        value: `${(cliMs - nodeMs).toFixed(1)} ms${check.fresh ? '' : ' (bundle rebuilt first)'}`,
      },
    ],
    metrics: { cli_validate_ms: roundMs(cliMs), node_start_ms: roundMs(nodeMs) },
  };
}
