import { z } from 'zod';
import { dateSchema, fileSchema, langSchema, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readDesignInput } from '../design-input.js';
import { EXIT } from '../errors.js';
import { ruleContextFor } from './context.js';
import { manifestsOfDesign } from './manifests-core.js';

const spec = {
  command: 'manifests',
  options: {
    force: { type: 'boolean', short: 'f' },
    cluster: { type: 'string', short: 'c' },
    lang: { type: 'string' },
    date: { type: 'string' },
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: fileSchema,
    force: z.boolean().default(false),
    cluster: z.string().min(1, 'must not be empty').optional(),
    lang: langSchema,
    date: dateSchema,
  }),
} as const;

export const manifestsCommand: Command = {
  name: 'manifests',
  help: `Usage: eks-sandbox manifests <file> [--force] [--cluster <name>] [--lang en|ja] [--date YYYY-MM-DD]

Prints the Kubernetes manifests of a design's cluster as one multi-document YAML: namespaces, workloads
(Deployment, StatefulSet, DaemonSet, Job, CronJob), service accounts, Services, ALB Ingresses, HPAs,
PodDisruptionBudgets and Karpenter's NodePool and EC2NodeClass. Each file of a deployment bundle starts
with a "# Source: manifests/..." line. Values only your AWS account knows are \${NAME} placeholders
(\${AWS_ACCOUNT_ID}, \${ACM_CERTIFICATE_ID}); fill them with envsubst before kubectl apply.
An eksctl YAML input is imported on the fly. A design with error-level findings is refused (they are
listed on stderr) unless --force is given.

Options:
  -f, --force           print even when the design has error-level findings.
  -c, --cluster <name>  the cluster (its name or part id), when the design has several.
  --lang en|ja          language of the YAML comments and warnings (default en).
  --date YYYY-MM-DD     run the rules as of this day instead of today.
  -h, --help            show this help.

Exit status: 0 printed, 1 refused because of error-level findings or no cluster,
2 the file cannot be read or is not a design, or a bad option.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(manifestsCommand.help);
      return EXIT.ok;
    }
    const { file, force, cluster, lang, date } = parsed.values;
    const doc = await readDesignInput(file);
    const request = { force, file, lang, ctx: ruleContextFor(date, io), ...(cluster !== undefined ? { cluster } : {}) };
    const { yaml, warnings } = manifestsOfDesign(doc.design, request);
    io.stdout.write(yaml);
    for (const line of warnings) io.stderr.write(`${line}\n`);
    return EXIT.ok;
  },
};
