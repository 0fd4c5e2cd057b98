import { z } from 'zod';
import { validateDesign } from '../../shared/rules/engine.js';
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
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: fileSchema,
    format: z.enum(['text', 'json', 'sarif']).default('text'),
    lang: langSchema,
    date: dateSchema,
  }),
} as const;

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: eks-sandbox validate <file> [--format text|json|sarif] [--lang en|ja] [--date YYYY-MM-DD]

Checks a design file (.eksdesign) against every rule and prints the findings. An eksctl ClusterConfig
(.yaml/.yml, or a file starting with apiVersion) is imported on the fly and checked the same way.

Options:
  --format text|json|sarif
                       text (default): one line per finding with its fix, then a summary.
                       json: {"diagnostics":[{ruleId, severity, message, fix, partIds, source, path?}],
                       "errors", "warnings", "infos"}.
                       sarif: a SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps), each finding
                       at its line in <file>.
  --lang en|ja         language of the messages (default en).
  --date YYYY-MM-DD    check as of this day instead of today (Kubernetes version support).
  -h, --help           show this help.

Exit status: 0 no error-level finding, 1 at least one error, 2 the file cannot be read or is not a design.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(validateCommand.help);
      return EXIT.ok;
    }
    const { file, format, lang, date } = parsed.values;
    const source = await readDesignSource(file);
    const diagnostics = validateDesign(source.document.design, ruleContextFor(date, io));
    const report = buildReport(diagnostics, lang);
    if (format === 'sarif') io.stdout.write(formatSarif(diagnostics, file, source, lang));
    else io.stdout.write(format === 'json' ? formatReportJson(report) : formatReportText(report, lang));
    return report.errors > 0 ? EXIT.designErrors : EXIT.ok;
  },
};
