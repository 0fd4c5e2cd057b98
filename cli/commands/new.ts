import { z } from 'zod';
import { serializeDesign } from '../../shared/model/document.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { findTemplate } from './template-source.js';

const spec = {
  command: 'new',
  options: {
    template: { type: 'string', short: 't' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean', short: 'f' },
  },
  positionals: [],
  schema: z.strictObject({
    template: z.string({ error: 'is required (see eks-sandbox templates)' }).min(1),
    output: z.string({ error: 'is required: the design file to write' }).min(1),
    force: z.boolean().default(false),
  }),
} as const;

export const newCommand: Command = {
  name: 'new',
  help: `Usage: eks-sandbox new --template <id> -o <file> [--force]

Writes the template as a design file (.eksdesign, JSON) that the app and the other commands open.

Options:
  -t, --template <id>   the template to start from; 'eks-sandbox templates' lists them.
  -o, --output <file>   the design file to write, e.g. my-cluster.eksdesign.
  -f, --force           replace the file if it exists (otherwise an existing file is never touched).
  -h, --help            show this help.

Exit status: 0 written, 2 unknown template, bad option, or the file cannot be written.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(newCommand.help);
      return EXIT.ok;
    }
    const { template, output, force } = parsed.values;
    const doc = findTemplate(template);
    await writeFileAtomic(output, serializeDesign(doc), { force });
    io.stdout.write(`Wrote ${output} from template "${template}".\n`);
    return EXIT.ok;
  },
};
