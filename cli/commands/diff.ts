import { z } from 'zod';
import { compareDesigns } from '../../shared/diff/index.js';
import { dateSchema, fileSchema, OPTIONS } from '../args.js';
import { defineCommand } from '../command.js';
import { readDesignInput } from '../design-input.js';
import { EXIT } from '../errors.js';
import { diffJson, formatDiffMarkdown, formatDiffText } from '../diff-output.js';
import { ruleContextFor } from './context.js';

export const diffCommand = defineCommand({
  spec: {
    command: 'diff',
    options: { format: OPTIONS.format, date: OPTIONS.date },
    positionals: ['before', 'after'],
    schema: z.strictObject({
      before: fileSchema,
      after: fileSchema,
      format: z.enum(['text', 'json', 'markdown']).default('text'),
      date: dateSchema,
    }),
  },
  help: {
    en: `Usage: eks-sandbox diff <before> <after> [--format text|json|markdown] [--lang en|ja] [--date YYYY-MM-DD]

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
  --lang en|ja         language of the words, the cost lines and the findings' messages (default:
                       EKS_SANDBOX_LANG, else the locale, else en).
  --date YYYY-MM-DD    check and price as of this day instead of today.
  -h, --help           show this help.

Exit status: 0 the designs are the same, 1 they differ, 2 a file cannot be read or is not a design.
`,
    ja: `使い方: eks-sandbox diff <変更前> <変更後> [--format text|json|markdown] [--lang en|ja] [--date YYYY-MM-DD]

2 つの設計を比較します。それぞれ設計ファイル（.eksdesign）または eksctl の ClusterConfig（.yaml/.yml、その場で
インポート）です。パーツは ID で、次に種類と名前で対応付けます。追加・削除・変更したパーツ（変更したプロパティ
ごとに 変更前 -> 変更後）、追加・削除した接続、両方の月額コストとコスト項目ごとの変化、現れた・消えた検出結果、
各クラスターの cluster.yaml の差分を表示します。キャンバス上のボックスの位置は比較しません。

オプション:
  --format text|json|markdown
                       text（デフォルト）: 端末向け。json: スクリプト向け（形式は README を参照）。
                       markdown: プルリクエスト向け（変更の表、コストの差、新しい検出結果、折りたたんだ
                       cluster.yaml の差分）。
  --lang en|ja         表示、コスト項目、検出結果のメッセージの言語（デフォルト: EKS_SANDBOX_LANG、なければ
                       ロケール、それもなければ en）。
  --date YYYY-MM-DD    今日ではなくこの日付の時点でチェックし、料金を計算します。
  -h, --help           このヘルプを表示します。

終了ステータス: 0 設計が同じ、1 違いがある、2 ファイルを読み込めないか設計ではない。
`,
  },
  async action({ before, after, format, date }, io) {
    const { lang } = io;
    const [a, b] = [await readDesignInput(before, io), await readDesignInput(after, io)];
    const ctx = ruleContextFor(date, io);
    const comparison = compareDesigns(a.design, b.design, { today: ctx.today, ctx, beforeLabel: before, afterLabel: after });
    const json = diffJson(comparison, before, after, lang);
    if (format === 'json') io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    else if (format === 'markdown') io.stdout.write(formatDiffMarkdown(json, comparison, lang));
    else io.stdout.write(formatDiffText(json, comparison, lang));
    return comparison.equal ? EXIT.ok : EXIT.designErrors;
  },
});
