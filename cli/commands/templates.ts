import { z } from 'zod';
import { formatSchema, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { formatTable } from '../table.js';
import { listTemplates } from './template-source.js';

const spec = {
  command: 'templates',
  options: { format: { type: 'string' } },
  positionals: [],
  schema: z.strictObject({ format: formatSchema }),
} as const;

export const templatesCommand: Command = {
  name: 'templates',
  help: `Usage: eks-sandbox templates [--format text|json]

Lists the built-in templates: their id (for 'eks-sandbox new --template <id>') and title.

Options:
  --format text|json   text (default): one template per line. json: an array of {"id", "title"}.
  -h, --help           show this help.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(templatesCommand.help);
      return EXIT.ok;
    }
    const list = listTemplates();
    if (parsed.values.format === 'json') io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    else io.stdout.write(`${formatTable(list.map((t) => [t.id, t.title])).join('\n')}\n`);
    return EXIT.ok;
  },
};
