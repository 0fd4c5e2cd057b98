import { z } from 'zod';
import { compareDesigns } from '../../shared/diff/index.js';
import { dateSchema, fileSchema, langSchema, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readDesignInput } from '../design-input.js';
import { EXIT } from '../errors.js';
import { diffJson, formatDiffMarkdown, formatDiffText } from '../diff-output.js';
import { ruleContextFor } from './context.js';

const spec = {
  command: 'diff',
  options: {
    format: { type: 'string' },
    lang: { type: 'string' },
    date: { type: 'string' },
  },
  positionals: ['before', 'after'],
  schema: z.strictObject({
    before: fileSchema,
    after: fileSchema,
    format: z.enum(['text', 'json', 'markdown']).default('text'),
    lang: langSchema,
    date: dateSchema,
  }),
} as const;

export const diffCommand: Command = {
  name: 'diff',
  help: `Usage: eks-sandbox diff <before> <after> [--format text|json|markdown] [--lang en|ja] [--date YYYY-MM-DD]

Compares two designs: each a design file (.eksdesign) or an eksctl ClusterConfig (.yaml/.yml, imported on the
fly). Parts are matched by id, then by kind and name. Prints the parts added, removed and changed (each changed
property, old -> new), the connections added and removed, the monthly cost of both and the change per cost
line, the findings that appear or disappear, and the diff of each cluster's cluster.yaml. Where boxes sit on
the canvas does not count.

Options:
  --format text|json|markdown
                       text (default): for a terminal. json: for scripts (see the README for its shape).
                       markdown: for a pull request (a table of changes, the cost delta, new findings, the
                       cluster.yaml diff folded away).
  --lang en|ja         language of the words and the findings' messages (default en).
  --date YYYY-MM-DD    check and price as of this day instead of today.
  -h, --help           show this help.

Exit status: 0 the designs are the same, 1 they differ, 2 a file cannot be read or is not a design.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(diffCommand.help);
      return EXIT.ok;
    }
    const { before, after, format, lang, date } = parsed.values;
    const [a, b] = [await readDesignInput(before), await readDesignInput(after)];
    const ctx = ruleContextFor(date, io);
    const comparison = compareDesigns(a.design, b.design, { today: ctx.today, ctx, beforeLabel: before, afterLabel: after });
    const json = diffJson(comparison, before, after, lang);
    if (format === 'json') io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    else if (format === 'markdown') io.stdout.write(formatDiffMarkdown(json, comparison, lang));
    else io.stdout.write(formatDiffText(json, comparison, lang));
    return comparison.equal ? EXIT.ok : EXIT.designErrors;
  },
};
