import { z } from 'zod';
import { serializeDesign } from '../../shared/model/document.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readEksctlFile } from '../design-input.js';
import { EXIT } from '../errors.js';
import { writeFileAtomic } from '../files.js';

const spec = {
  command: 'import',
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean', short: 'f' },
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: z.string().min(1, 'must not be empty'),
    output: z.string({ error: 'is required: the design file to write' }).min(1, 'must not be empty'),
    force: z.boolean().default(false),
  }),
} as const;

export const importCommand: Command = {
  name: 'import',
  help: `Usage: eks-sandbox import <cluster.yaml> -o <file> [--force]

Turns an eksctl ClusterConfig (eksctl.io/v1alpha5, YAML or JSON) into a design file (.eksdesign) laid out
on the canvas: the VPC with its subnets, the cluster with its node groups and Fargate profiles, and any
on-premises network of hybrid nodes. Fields the canvas does not show are kept, so exporting the design
gives back the same config. validate and export also read eksctl YAML directly.

Options:
  -o, --output <file>   the design file to write, e.g. my-cluster.eksdesign.
  -f, --force           replace the file if it exists (otherwise an existing file is never touched).
  -h, --help            show this help.

Exit status: 0 written, 2 the YAML is not a valid eksctl ClusterConfig (the message names the line and
field), the file cannot be read or written, or a bad option.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(importCommand.help);
      return EXIT.ok;
    }
    const { file, output, force } = parsed.values;
    const doc = await readEksctlFile(file);
    await writeFileAtomic(output, serializeDesign(doc), { force });
    const count = doc.design.parts.length;
    io.stdout.write(`Wrote ${output}: cluster "${doc.design.name}" as ${count} part${count === 1 ? '' : 's'}.\n`);
    return EXIT.ok;
  },
};
