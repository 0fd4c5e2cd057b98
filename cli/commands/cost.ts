import { z } from 'zod';
import { costLinesToCsv, CostAssumptionError, CostRegionError, estimateCost, pricedRegions } from '../../shared/cost/index.js';
import type { CostAssumptionsInput, CostEstimate } from '../../shared/cost/index.js';
import { dateSchema, fileSchema, parseCommandArgs } from '../args.js';
import type { CliIo, Command } from '../command.js';
import { readDesignInput } from '../design-input.js';
import { CliError, EXIT } from '../errors.js';
import { formatTable } from '../table.js';

const spec = {
  command: 'cost',
  options: {
    region: { type: 'string' },
    format: { type: 'string' },
    assume: { type: 'string', multiple: true },
    date: { type: 'string' },
  },
  positionals: ['file'],
  schema: z.strictObject({
    file: fileSchema,
    region: z.string().min(1, 'must not be empty').optional(),
    format: z.enum(['text', 'json', 'csv']).default('text'),
    assume: z.array(z.string()).default([]),
    date: dateSchema,
  }),
} as const;

/** `--assume name=value` words -> assumption values; the names are checked by the estimate. */
function parseAssumptions(words: readonly string[]): CostAssumptionsInput {
  const out: Record<string, number> = {};
  for (const word of words) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(word);
    const value = match ? Number(match[2]) : NaN;
    if (!match || !Number.isFinite(value)) throw new CliError(`cost: --assume wants name=number, got "${word}"`);
    out[match[1]!] = value;
  }
  return out as CostAssumptionsInput;
}

function today(date: string | undefined, io: CliIo): string {
  return date ?? (io.now?.() ?? new Date()).toISOString().slice(0, 10);
}

function money(value: number): string {
  return value.toFixed(2);
}

function formatText(estimate: CostEstimate): string {
  // A line without a price says so: never "$0", which would read as free.
  const rows = estimate.lines.map((l) => [
    `  ${l.item}`,
    `${l.quantity} ${l.unit}`,
    l.unpriced ? 'no price' : `x ${l.unitPrice}`,
    l.unpriced ? 'no price' : money(l.monthly),
    `${l.confidence}${l.estimate ? ' *' : ''}`,
  ]);
  const width = Math.max(...rows.map((r) => r[3]!.length), money(estimate.monthlyTotal).length);
  for (const r of rows) r[3] = r[3]!.padStart(width);
  const assumptions = Object.entries(estimate.assumptions).map(([k, v]) => `${k}=${v}`);
  const unpriced = estimate.lines.filter((l) => l.unpriced).map((l) => `  ${l.item}: ${l.note ?? 'no price'}`);
  return [
    `Monthly cost estimate, ${estimate.region} (${estimate.currency}, prices as of ${estimate.asOf})`,
    '',
    ...formatTable(rows),
    '',
    `  Total: ${estimate.currency} ${money(estimate.monthlyTotal)} a month`,
    '',
    ...(unpriced.length > 0 ? ['Not counted in the total (no price in the table):', ...unpriced, ''] : []),
    'Confidence: A stated by AWS, B quoted by dated sources citing AWS, C not confirmed; * assumed quantity or price.',
    `Assumptions (change with --assume name=value): ${assumptions.join(', ')}`,
    `Source: ${estimate.source}`,
    '',
  ].join('\n');
}

function formatJson(estimate: CostEstimate): string {
  const { region, currency, asOf, source, monthlyTotal, lines, assumptions } = estimate;
  return `${JSON.stringify({ region, currency, asOf, source, monthlyTotal, lines, assumptions }, null, 2)}\n`;
}

export const costCommand: Command = {
  name: 'cost',
  help: `Usage: eks-sandbox cost <design|cluster.yaml> [--region r] [--format text|json|csv] [--assume name=value]... [--date YYYY-MM-DD]

Estimates the monthly cost (730 hours) of a design file (.eksdesign) or an eksctl ClusterConfig (.yaml/.yml,
or a file starting with apiVersion, imported on the fly), offline, from the built-in price table.
Regions with prices: ${pricedRegions().join(', ')}.

Options:
  --region <r>          price in this region instead of the cluster's.
  --format text|json|csv
                        text (default): one line per priced item, the total, the assumptions.
                        json: {"region","currency","asOf","source","monthlyTotal","lines":[{"partId","item",
                        "quantity","unit","unitPrice","monthly","confidence","estimate","note"}],"assumptions"}.
                        csv: a header and one row per line (RFC 4180).
  --assume name=value   change an assumption (repeatable): hoursPerMonth, spotDiscount (0-1),
                        natProcessedGbPerMonth, dataTransferOutGbPerMonth, cloudMapInstancesPerPod,
                        jobHoursPerMonth.
  --date YYYY-MM-DD     price the control plane as of this day (standard or extended support).
  -h, --help            show this help.

Exit status: 0 success, 2 the file cannot be read, the region has no prices, or an option is wrong.
`,
  async run(argv, io) {
    const parsed = parseCommandArgs(spec, argv);
    if (parsed.help) {
      io.stdout.write(costCommand.help);
      return EXIT.ok;
    }
    const { file, region, format, assume, date } = parsed.values;
    const assumptions = parseAssumptions(assume);
    const { design } = await readDesignInput(file);
    let estimate: CostEstimate;
    try {
      estimate = estimateCost(design, { ...(region ? { region } : {}), today: today(date, io), assumptions });
    } catch (err) {
      if (err instanceof CostRegionError || err instanceof CostAssumptionError) throw new CliError(`cost: ${err.message}`);
      throw err;
    }
    io.stdout.write(
      format === 'json' ? formatJson(estimate) : format === 'csv' ? costLinesToCsv(estimate) : formatText(estimate),
    );
    return EXIT.ok;
  },
};
