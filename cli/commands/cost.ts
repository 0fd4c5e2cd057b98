import { z } from 'zod';
import {
  costLinesToCsv,
  costReport,
  CostAssumptionError,
  CostRegionError,
  estimateCost,
  localizeEstimate,
  pricedRegions,
} from '../../shared/cost/index.js';
import type { CostAssumptionsInput, CostEstimate } from '../../shared/cost/index.js';
import { dateSchema, fileSchema, nonEmptySchema, OPTIONS } from '../args.js';
import { defineCommand, type CliIo } from '../command.js';
import { readDesignInput } from '../design-input.js';
import { CliError, EXIT } from '../errors.js';
import { text } from '../i18n/render.js';

/** `--assume name=value` words -> assumption values; the names are checked by the estimate. */
function parseAssumptions(words: readonly string[]): CostAssumptionsInput {
  const out: Record<string, number> = {};
  for (const word of words) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(word);
    const value = match ? Number(match[2]) : NaN;
    if (!match || !Number.isFinite(value)) throw new CliError(text('cost.assume-format', { word }));
    out[match[1]!] = value;
  }
  return out as CostAssumptionsInput;
}

function today(date: string | undefined, io: CliIo): string {
  return date ?? (io.now?.() ?? new Date()).toISOString().slice(0, 10);
}

function formatJson(estimate: CostEstimate): string {
  const { region, currency, asOf, source, monthlyTotal, lines, assumptions } = estimate;
  return `${JSON.stringify({ region, currency, asOf, source, monthlyTotal, lines, assumptions }, null, 2)}\n`;
}

/** The estimate's errors as CliErrors (exit 2) in the command line's words. */
function costError(err: CostRegionError | CostAssumptionError): CliError {
  if (err instanceof CostRegionError) return new CliError(text('cost.region', { region: err.region, regions: err.knownRegions }));
  const p = err.problem;
  if (p.kind === 'unknown') return new CliError(text('cost.assumption-unknown', { names: p.names, known: p.known }));
  if (p.min !== undefined) return new CliError(text('cost.assumption-min', { name: p.field, min: p.min }));
  if (p.max !== undefined) return new CliError(text('cost.assumption-max', { name: p.field, max: p.max }));
  return new CliError(text('cost.assumption-invalid', { name: p.field, detail: p.detail }));
}

export const costCommand = defineCommand({
  spec: {
    command: 'cost',
    options: {
      region: { type: 'string' },
      format: OPTIONS.format,
      assume: { type: 'string', multiple: true },
      date: OPTIONS.date,
    },
    positionals: ['file'],
    schema: z.strictObject({
      file: fileSchema,
      region: nonEmptySchema.optional(),
      format: z.enum(['text', 'json', 'csv']).default('text'),
      assume: z.array(z.string()).default([]),
      date: dateSchema,
    }),
  },
  help: {
    en: `Usage: eks-sandbox cost <design|cluster.yaml> [--region r] [--format text|json|csv] [--assume name=value]...
                         [--date YYYY-MM-DD] [--lang en|ja]

Estimates the monthly cost (730 hours) of a design file (.eksdesign) or an eksctl ClusterConfig (.yaml/.yml,
a file starting with apiVersion, or the same in JSON, imported on the fly), offline, from the built-in price table.
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
  --lang en|ja          language of the items, units, notes and messages, in every format (default:
                        EKS_SANDBOX_LANG, else the locale, else en).
  -h, --help            show this help.

Exit status: 0 success, 2 the file cannot be read, the region has no prices, or an option is wrong.
`,
    ja: `使い方: eks-sandbox cost <設計|cluster.yaml> [--region r] [--format text|json|csv] [--assume 名前=値]...
                         [--date YYYY-MM-DD] [--lang en|ja]

設計ファイル（.eksdesign）または eksctl の ClusterConfig（.yaml/.yml、apiVersion で始まるファイル、または JSON で書いたもの。
その場でインポート）の月額コスト（730 時間）を、組み込みの料金表からオフラインで見積もります。
料金のあるリージョン: ${pricedRegions().join('、')}。

オプション:
  --region <r>          クラスターのリージョンではなく、このリージョンの料金で計算します。
  --format text|json|csv
                        text（デフォルト）: 料金のある項目ごとに 1 行、合計、前提条件。
                        json: {"region","currency","asOf","source","monthlyTotal","lines":[{"partId","item",
                        "quantity","unit","unitPrice","monthly","confidence","estimate","note"}],"assumptions"}。
                        csv: ヘッダーと、項目ごとに 1 行（RFC 4180）。
  --assume 名前=値      前提条件を変更します（繰り返し指定可）: hoursPerMonth、spotDiscount（0〜1）、
                        natProcessedGbPerMonth、dataTransferOutGbPerMonth、cloudMapInstancesPerPod、
                        jobHoursPerMonth。
  --date YYYY-MM-DD     この日付の時点でコントロールプレーンの料金を計算します（標準サポートまたは延長サポート）。
  --lang en|ja          項目、単位、注記、メッセージの言語。どの形式にも適用します（デフォルト: EKS_SANDBOX_LANG、
                        なければロケール、それもなければ en）。
  -h, --help            このヘルプを表示します。

終了ステータス: 0 成功、2 ファイルを読み込めない、リージョンに料金がない、またはオプションの誤り。
`,
  },
  async action({ file, region, format, assume, date }, io) {
    const assumptions = parseAssumptions(assume);
    const { design } = await readDesignInput(file, io);
    let estimate: CostEstimate;
    try {
      estimate = estimateCost(design, { ...(region ? { region } : {}), today: today(date, io), assumptions });
    } catch (err) {
      if (err instanceof CostRegionError || err instanceof CostAssumptionError) throw costError(err);
      throw err;
    }
    if (format === 'text') io.stdout.write(costReport(estimate, io.lang));
    else {
      const words = localizeEstimate(estimate, io.lang);
      io.stdout.write(format === 'json' ? formatJson(words) : costLinesToCsv(words));
    }
    return EXIT.ok;
  },
});
