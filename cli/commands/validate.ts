import { z } from 'zod';
import { checkDesign } from '../../shared/rules/engine.js';
import { dateSchema, fileSchema, flagSchema, OPTIONS } from '../args.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { readDesignSource } from '../design-input.js';
import { buildReport, formatReportJson, formatReportText } from '../output.js';
import { formatSarif } from '../sarif.js';
import { ruleContextFor } from './context.js';

export const validateCommand = defineCommand({
  spec: {
    command: 'validate',
    options: { format: OPTIONS.format, date: OPTIONS.date, 'no-suppressions': OPTIONS['no-suppressions'] },
    positionals: ['file'],
    schema: z.strictObject({
      file: fileSchema,
      format: z.enum(['text', 'json', 'sarif']).default('text'),
      date: dateSchema,
      'no-suppressions': flagSchema,
    }),
  },
  help: {
    en: `Usage: eks-sandbox validate <file> [--format text|json|sarif] [--lang en|ja] [--date YYYY-MM-DD] [--no-suppressions]

Checks a design file (.eksdesign) against every rule and prints the findings. An eksctl ClusterConfig
(.yaml/.yml, a file starting with apiVersion, or the same in JSON) is imported on the fly and checked
the same way.

Options:
  --format text|json|sarif
                       text (default): one line per finding with its fix, then a summary.
                       json: {"diagnostics":[{ruleId, severity, message, fix, partIds, source, path?}],
                       "errors", "warnings", "infos", "suppressed":[{..., suppression: {reason, expires?}}]}.
                       sarif: a SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps), each finding
                       at its line in <file>; suppressed findings carry their justification.
  --lang en|ja         language of the messages (default: EKS_SANDBOX_LANG, else the locale, else en).
  --date YYYY-MM-DD    check as of this day instead of today (Kubernetes version support, and whether
                       suppressions have expired).
  --no-suppressions    ignore the design's suppressions: report every finding.
  -h, --help           show this help.

Suppressions (a part's or the design's "suppressions": rule id, reason, optional expiry) move the findings
they accept out of the counts and the exit status; the summary says how many. An expired suppression
suppresses nothing and is reported as a warning.

Exit status: 0 no error-level finding, 1 at least one error, 2 the file cannot be read or is not a design.
`,
    ja: `使い方: eks-sandbox validate <ファイル> [--format text|json|sarif] [--lang en|ja] [--date YYYY-MM-DD]
                            [--no-suppressions]

設計ファイル（.eksdesign）をすべてのルールでチェックし、検出結果を表示します。eksctl の ClusterConfig
（.yaml/.yml、apiVersion で始まるファイル、または JSON で書いたもの）は、その場でインポートして同じように
チェックします。

オプション:
  --format text|json|sarif
                       text（デフォルト）: 検出結果ごとに 1 行と修正方法、最後に集計。
                       json: {"diagnostics":[{ruleId, severity, message, fix, partIds, source, path?}],
                       "errors", "warnings", "infos", "suppressed":[{..., suppression: {reason, expires?}}]}。
                       sarif: コードスキャン（GitHub、Azure DevOps）用の SARIF 2.1.0 ログ。各検出結果を
                       <ファイル> の該当行に示し、抑制した検出結果にはその理由を付けます。
  --lang en|ja         メッセージの言語（デフォルト: EKS_SANDBOX_LANG、なければロケール、それもなければ en）。
  --date YYYY-MM-DD    今日ではなくこの日付の時点でチェックします（Kubernetes バージョンのサポート、抑制の
                       有効期限）。
  --no-suppressions    設計の抑制設定を無視し、すべての検出結果を表示します。
  -h, --help           このヘルプを表示します。

抑制設定（パーツまたは設計全体の "suppressions": ルール ID、理由、任意の有効期限）で抑制した検出結果は、
件数と終了ステータスに含めません。集計にはその件数を表示します。有効期限を過ぎた抑制は何も抑制せず、
警告として表示します。

終了ステータス: 0 エラーレベルの検出結果がない、1 エラーが 1 件以上ある、2 ファイルを読み込めないか設計ではない。
`,
  },
  async action({ file, format, date, 'no-suppressions': noSuppressions }, io) {
    const { lang } = io;
    const source = await readDesignSource(file, io);
    const { active, suppressed } = checkDesign(source.document.design, ruleContextFor(date, io), undefined, {
      suppressions: !noSuppressions,
    });
    const report = buildReport(active, lang, suppressed);
    if (format === 'sarif') io.stdout.write(formatSarif([...active, ...suppressed], file, source, lang));
    else io.stdout.write(format === 'json' ? formatReportJson(report) : formatReportText(report, lang));
    return report.errors > 0 ? EXIT.designErrors : EXIT.ok;
  },
});
