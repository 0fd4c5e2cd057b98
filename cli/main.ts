/**
 * Entry point of the `eks-sandbox` command line: picks the subcommand, runs it, and turns every failure
 * into one line on stderr and an exit code. Nothing here exits the process, so tests call runCli directly.
 */
// First: it changes how zod builds the schemas every later module creates.
import './zod-jitless.js';
import { APP_VERSION } from '../shared/app-info.js';
import type { CliIo, CommandEntry } from './command.js';
import { CliError, EXIT, oneLine } from './errors.js';
import { formatTable } from './table.js';

// Commands load on demand, so `--help`, `--version` and a mistyped command answer without loading the rules.
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'templates',
    summary: 'list the templates a new design can start from',
    load: async () => (await import('./commands/templates.js')).templatesCommand,
  },
  {
    name: 'new',
    summary: 'start a design file from a template',
    load: async () => (await import('./commands/new.js')).newCommand,
  },
  {
    name: 'validate',
    summary: 'check a design against the EKS and eksctl rules',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  {
    name: 'import',
    summary: 'turn an eksctl ClusterConfig (cluster.yaml) into a design file',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  {
    name: 'export',
    summary: 'write the eksctl ClusterConfig (cluster.yaml) of a design',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'manifests',
    summary: 'print the Kubernetes manifests of a design as one multi-document YAML',
    load: async () => (await import('./commands/manifests.js')).manifestsCommand,
  },
  {
    name: 'bundle',
    summary: 'write a deployment bundle: cluster.yaml, manifests, Helm values, DEPLOY.md, deploy.sh',
    load: async () => (await import('./commands/bundle.js')).bundleCommand,
  },
  {
    name: 'diff',
    summary: 'compare two designs (or cluster.yaml files): parts, connections, cost, findings',
    load: async () => (await import('./commands/diff.js')).diffCommand,
  },
  {
    name: 'cost',
    summary: 'estimate the monthly cost of a design or cluster.yaml',
    load: async () => (await import('./commands/cost.js')).costCommand,
  },
];

export function generalHelp(): string {
  const list = formatTable(COMMANDS.map((c) => [`  ${c.name}`, c.summary]));
  return `Usage: eks-sandbox <command> [options]

Design Amazon EKS architectures as .eksdesign files, check them, and export eksctl cluster.yaml.

Commands:
${list.join('\n')}

Options:
  -h, --help     show this help (or 'eks-sandbox <command> --help' for a command)
  --version      print the version

Exit status: 0 success, 1 the design has error-level findings (diff: the designs differ), 2 bad input (file,
command or option).
`;
}

/** Runs the command line with `argv` (without node and the script). Returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new CliError("no command given; see 'eks-sandbox --help'");
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(generalHelp());
      return EXIT.ok;
    }
    if (first === '--version') {
      io.stdout.write(`eks-sandbox ${APP_VERSION}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-')) throw new CliError(`unknown option ${first}; see 'eks-sandbox --help'`);
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry) throw new CliError(`unknown command "${first}"; see 'eks-sandbox --help'`);
    return await (await entry.load()).run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`eks-sandbox: ${oneLine(err)}\n`);
      for (const line of err.details) io.stderr.write(`${line}\n`);
      return err.exitCode;
    }
    io.stderr.write(`eks-sandbox: internal error: ${oneLine(err)}\n`);
    if (process.env.EKS_SANDBOX_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
}
