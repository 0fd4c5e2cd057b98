import { z } from 'zod';
import { dateSchema, fileSchema, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { readDesignInput } from '../design-input.js';
import { writeFileAtomic } from '../files.js';
import { ruleContextFor } from './context.js';
import { exportDesign } from './export-core.js';

const spec = {
  command: 'export',
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean', short: 'f' },
    cluster: { type: 'string', short: 'c' },
    date: { type: 'string' },
    'no-suppressions': { type: 'boolean' },
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: fileSchema,
    output: z.string().min(1, 'must not be empty').optional(),
    force: z.boolean().default(false),
    cluster: z.string().min(1, 'must not be empty').optional(),
    date: dateSchema,
    'no-suppressions': z.boolean().default(false),
  }),
} as const;

export const exportCommand: Command = {
  name: 'export',
  help: `Usage: eks-sandbox export <file> [-o cluster.yaml] [--force] [--cluster <name>] [--date YYYY-MM-DD]
                          [--no-suppressions]

Writes the eksctl ClusterConfig (eksctl.io/v1alpha5) of a design as YAML, to standard output or a file.
An eksctl YAML input is imported on the fly; unedited, it is written back with the same content.
A design with error-level findings is refused (they are listed on stderr) unless --force is given.
Findings the design's suppressions accept do not refuse it; stderr says how many there were.

Options:
  -o, --output <file>   write the YAML to this file (atomically) instead of standard output.
  -f, --force           export even when the design has error-level findings, and replace an existing
                        output file.
  -c, --cluster <name>  the cluster to export (its name or part id), when the design has several.
  --date YYYY-MM-DD     run the rules as of this day instead of today.
  --no-suppressions     ignore the design's suppressions: a suppressed error refuses the export too.
  -h, --help            show this help.

Exit status: 0 exported, 1 refused because of error-level findings or not exportable,
2 the file cannot be read or is not a design, or a bad option.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(exportCommand.help);
      return EXIT.ok;
    }
    const { file, output, force, cluster, date, 'no-suppressions': noSuppressions } = parsed.values;
    const doc = await readDesignInput(file);
    const request = {
      force,
      file,
      ctx: ruleContextFor(date, io),
      suppressions: !noSuppressions,
      ...(cluster !== undefined ? { cluster } : {}),
    };
    const { yaml, warnings } = exportDesign(doc.design, request);
    if (output === undefined) io.stdout.write(yaml);
    else {
      await writeFileAtomic(output, yaml, { force });
      io.stdout.write(`Wrote ${output}.\n`);
    }
    for (const line of warnings) io.stderr.write(`${line}\n`);
    return EXIT.ok;
  },
};
