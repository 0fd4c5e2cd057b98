import path from 'node:path';
import { z } from 'zod';
import { deploymentBundle } from '../../shared/deploy/index.js';
import { ExportError } from '../../shared/export/index.js';
import { FileServiceError } from '../../node/errors.js';
import { writeBundleFolder } from '../../node/bundle-folder.js';
import { dateSchema, fileSchema, langSchema, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { readDesignInput } from '../design-input.js';
import { ruleContextFor } from './context.js';
import { exportDesign, resolveClusterId } from './export-core.js';

const spec = {
  command: 'bundle',
  options: {
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    force: { type: 'boolean', short: 'f' },
    cluster: { type: 'string', short: 'c' },
    date: { type: 'string' },
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: fileSchema,
    output: z.string({ error: 'is required (-o <folder>)' }).min(1, 'must not be empty'),
    lang: langSchema,
    force: z.boolean().default(false),
    cluster: z.string().min(1, 'must not be empty').optional(),
    date: dateSchema,
  }),
} as const;

export const bundleCommand: Command = {
  name: 'bundle',
  help: `Usage: eks-sandbox bundle <design|cluster.yaml> -o <folder> [--lang en|ja] [--force] [--cluster <name>] [--date YYYY-MM-DD]

Writes a deployment bundle into a folder: cluster.yaml, manifests/ (the workloads' Kubernetes manifests),
helm/ (a values file per controller installed with Helm), DEPLOY.md (the runbook) and deploy.sh (the same
steps as a script that stops at the first failure).
A design with error-level findings is refused (they are listed on stderr) unless --force is given.

Options:
  -o, --output <folder>  the folder to write; it is created if missing and must be empty unless --force.
  --lang en|ja           language of DEPLOY.md (default en).
  -f, --force            write even when the design has error-level findings, and replace the bundle's
                         files in a folder that is not empty (other files there are left alone).
  -c, --cluster <name>   the cluster to bundle (its name or part id), when the design has several.
  --date YYYY-MM-DD      run the rules as of this day instead of today.
  -h, --help             show this help.

Exit status: 0 written, 1 refused because of error-level findings or not exportable,
2 the file cannot be read or is not a design, a bad option, or the folder cannot be written.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(bundleCommand.help);
      return EXIT.ok;
    }
    const { file, output, lang, force, cluster, date } = parsed.values;
    const doc = await readDesignInput(file);
    const request = { force, file, ctx: ruleContextFor(date, io), ...(cluster !== undefined ? { cluster } : {}) };
    const { yaml, warnings } = exportDesign(doc.design, request);
    const clusterId = resolveClusterId(doc.design, request);
    let files;
    try {
      files = deploymentBundle(doc.design, { lang, clusterYaml: yaml, ...(clusterId !== undefined ? { clusterId } : {}) }).files;
    } catch (err) {
      if (err instanceof ExportError) throw new CliError(`${file}: cannot bundle: ${err.message}`, EXIT.designErrors);
      throw err;
    }
    try {
      await writeBundleFolder(output, files, { overwrite: force });
    } catch (err) {
      if (!(err instanceof FileServiceError)) throw err;
      if (err.code === 'exists')
        throw new CliError(`${output}: the folder is not empty; pass --force to replace the bundle's files in it`);
      throw new CliError(`${output}: ${err.message}`);
    }
    io.stdout.write(`Wrote ${files.length} files to ${path.join(output, path.sep)}: ${files.map((f) => f.path).join(', ')}.\n`);
    for (const line of warnings) io.stderr.write(`${line}\n`);
    return EXIT.ok;
  },
};
