import { z } from 'zod';
import { checkDesign } from '../../shared/rules/engine.js';
import { dateSchema, fileSchema, langSchema, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { readDesignSource } from '../design-input.js';
import { buildReport, formatReportJson, formatReportText } from '../output.js';
import { formatSarif } from '../sarif.js';
import { ruleContextFor } from './context.js';

const spec = {
  command: 'validate',
  options: {
    format: { type: 'string' },
    lang: { type: 'string' },
    date: { type: 'string' },
    'no-suppressions': { type: 'boolean' },
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: fileSchema,
    format: z.enum(['text', 'json', 'sarif']).default('text'),
    lang: langSchema,
    date: dateSchema,
    'no-suppressions': z.boolean().default(false),
  }),
} as const;

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: eks-sandbox validate <file> [--format text|json|sarif] [--lang en|ja] [--date YYYY-MM-DD] [--no-suppressions]

Checks a design file (.eksdesign) against every rule and prints the findings. An eksctl ClusterConfig
(.yaml/.yml, or a file starting with apiVersion) is imported on the fly and checked the same way.

Options:
  --format text|json|sarif
                       text (default): one line per finding with its fix, then a summary.
                       json: {"diagnostics":[{ruleId, severity, message, fix, partIds, source, path?}],
                       "errors", "warnings", "infos", "suppressed":[{..., suppression: {reason, expires?}}]}.
                       sarif: a SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps), each finding
                       at its line in <file>; suppressed findings carry their justification.
  --lang en|ja         language of the messages (default en).
  --date YYYY-MM-DD    check as of this day instead of today (Kubernetes version support, and whether
                       suppressions have expired).
  --no-suppressions    ignore the design's suppressions: report every finding.
  -h, --help           show this help.

Suppressions (a part's or the design's "suppressions": rule id, reason, optional expiry) move the findings
they accept out of the counts and the exit status; the summary says how many. An expired suppression
suppresses nothing and is reported as a warning.

Exit status: 0 no error-level finding, 1 at least one error, 2 the file cannot be read or is not a design.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(validateCommand.help);
      return EXIT.ok;
    }
    const { file, format, lang, date, 'no-suppressions': noSuppressions } = parsed.values;
    const source = await readDesignSource(file);
    const { active, suppressed } = checkDesign(source.document.design, ruleContextFor(date, io), undefined, {
      suppressions: !noSuppressions,
    });
    const report = buildReport(active, lang, suppressed);
    if (format === 'sarif') io.stdout.write(formatSarif([...active, ...suppressed], file, source, lang));
    else io.stdout.write(format === 'json' ? formatReportJson(report) : formatReportText(report, lang));
    return report.errors > 0 ? EXIT.designErrors : EXIT.ok;
  },
};
