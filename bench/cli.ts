/**
 * Start-up of the command line as CI and pre-commit hooks see it: `eks-sandbox validate` on the microservices
 * template, each run a fresh Node process (cold: nothing warm but the OS file cache), against `node -e 0` in the
 * same runs, alternating so a busy moment slows both. Target: cli_validate_ms <= node_start_ms + 150 (wall).
 * Each process also reports its own CPU time (bench/child-cpu.cjs, preloaded into both), which a loaded machine
 * disturbs far less than wall time: cli_validate_cpu_ms and node_start_cpu_ms.
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

const CHILD_CPU = path.join(root, 'bench', 'child-cpu.cjs');

/** Wall and CPU time (ms) of one run of `node <args>`. */
async function timeProcess(args: readonly string[]): Promise<{ wall: number; cpu: number }> {
  const start = performance.now();
  const { stderr } = await run(process.execPath, ['--require', CHILD_CPU, ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = performance.now() - start;
  const cpu = /cpu-ms ([\d.]+)\n$/.exec(stderr);
  if (!cpu) throw new Error(`no CPU time reported by node ${args.join(' ')}: ${stderr}`);
  return { wall, cpu: Number(cpu[1]) };
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
  const cliRuns: { wall: number; cpu: number }[] = [];
  const nodeRuns: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    nodeRuns.push(await timeProcess(['-e', '0']));
    cliRuns.push(await timeProcess(validateArgs));
  }
  const cli = cliRuns.map((r) => r.wall);
  const node = nodeRuns.map((r) => r.wall);
  const cliMs = median(cli);
  const nodeMs = median(node);
  const cliCpuMs = median(cliRuns.map((r) => r.cpu));
  const nodeCpuMs = median(nodeRuns.map((r) => r.cpu));
  return {
    title: `Command line start-up (median of ${RUNS} cold runs)`,
    rows: [
      { label: 'eks-sandbox validate microservices', value: `${cliMs.toFixed(1)} ms (min ${Math.min(...cli).toFixed(1)})` },
      { label: 'node -e 0', value: `${nodeMs.toFixed(1)} ms (min ${Math.min(...node).toFixed(1)})` },
      {
        label: 'difference (target <= 150 ms)',
        value: `${(cliMs - nodeMs).toFixed(1)} ms${check.fresh ? '' : ' (bundle rebuilt first)'}`,
      },
      {
        label: 'CPU time: validate / node -e 0',
        value: `${cliCpuMs.toFixed(1)} ms / ${nodeCpuMs.toFixed(1)} ms (difference ${(cliCpuMs - nodeCpuMs).toFixed(1)} ms)`,
      },
    ],
    metrics: {
      cli_validate_ms: roundMs(cliMs),
      node_start_ms: roundMs(nodeMs),
      cli_validate_cpu_ms: roundMs(cliCpuMs),
      node_start_cpu_ms: roundMs(nodeCpuMs),
    },
  };
}
