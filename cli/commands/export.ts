import { z } from 'zod';
import { nonEmptySchema, OPTIONS } from '../args.js';
import { defineCommand } from '../command.js';
import { readDesignInput } from '../design-input.js';
import { EXIT } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { renderText, text } from '../i18n/render.js';
import { exportDesign } from './export-core.js';
import { GATE_OPTIONS, gateRequest, gateSchema } from './gate-options.js';

export const exportCommand = defineCommand({
  spec: {
    command: 'export',
    options: { output: OPTIONS.output, ...GATE_OPTIONS },
    positionals: ['file'],
    schema: z.strictObject({ output: nonEmptySchema.optional(), ...gateSchema }),
  },
  help: {
    en: `Usage: eks-sandbox export <file> [-o cluster.yaml] [--force] [--cluster <name>] [--date YYYY-MM-DD]
                          [--no-suppressions] [--lang en|ja]

Writes the eksctl ClusterConfig (eksctl.io/v1alpha5) of a design as YAML, to standard output or a file.
An eksctl YAML input is imported on the fly; unedited, it is written back with the same content.
A design with error-level findings is refused (they are listed on stderr) unless --force is given.
Findings the design's suppressions accept do not refuse it; stderr says how many there were.

Options:
  -o, --output <file>   write the YAML to this file (atomically) instead of standard output.
  -f, --force           export even when the design has error-level findings, and replace an existing
                        output file.
  -c, --cluster <name>  the cluster to export (its name or part id), when the design has several.
  --date YYYY-MM-DD     run the rules as of this day instead of today.
  --no-suppressions     ignore the design's suppressions: a suppressed error refuses the export too.
  --lang en|ja          language of the messages (default: EKS_SANDBOX_LANG, else the locale, else en).
  -h, --help            show this help.

Exit status: 0 exported, 1 refused because of error-level findings or not exportable,
2 the file cannot be read or is not a design, or a bad option.
`,
    ja: `使い方: eks-sandbox export <ファイル> [-o cluster.yaml] [--force] [--cluster <名前>] [--date YYYY-MM-DD]
                          [--no-suppressions] [--lang en|ja]

設計の eksctl ClusterConfig（eksctl.io/v1alpha5）を YAML として標準出力またはファイルにエクスポートします。
eksctl の YAML を入力すると、その場でインポートします。編集していなければ同じ内容でエクスポートします。
エラーレベルの検出結果がある設計は、--force を指定しない限りエクスポートしません（検出結果は標準エラー
出力に表示します）。設計の抑制設定で抑制した検出結果では中止せず、その件数を標準エラー出力に表示します。

オプション:
  -o, --output <ファイル>
                        YAML を標準出力ではなくこのファイルに（アトミックに）保存します。
  -f, --force           エラーレベルの検出結果があってもエクスポートし、既存の出力ファイルを置き換えます。
  -c, --cluster <名前>  設計に複数のクラスターがあるとき、エクスポートするクラスター（名前またはパーツ ID）。
  --date YYYY-MM-DD     今日ではなくこの日付の時点でルールを実行します。
  --no-suppressions     設計の抑制設定を無視します。抑制したエラーがあってもエクスポートを中止します。
  --lang en|ja          メッセージの言語（デフォルト: EKS_SANDBOX_LANG、なければロケール、それもなければ en）。
  -h, --help            このヘルプを表示します。

終了ステータス: 0 エクスポートした、1 エラーレベルの検出結果があるため中止した、またはエクスポートできない、
2 ファイルを読み込めないか設計ではない、またはオプションの誤り。
`,
  },
  async action(values, io) {
    const doc = await readDesignInput(values.file, io);
    const { yaml, warnings } = exportDesign(doc.design, gateRequest(values, io, 'export'));
    const { output } = values;
    if (output === undefined) io.stdout.write(yaml);
    else {
      await writeFileAtomic(output, yaml, { force: values.force });
      io.stdout.write(`${renderText(text('wrote.file', { file: output }), io.lang)}\n`);
    }
    for (const line of warnings) io.stderr.write(`${line}\n`);
    return EXIT.ok;
  },
});
