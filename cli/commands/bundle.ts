import path from 'node:path';
import { z } from 'zod';
import { deploymentBundle } from '../../shared/deploy/index.js';
import { ExportError } from '../../shared/export/index.js';
import { FileServiceError } from '../../node/errors.js';
import { writeBundleFolder } from '../../node/bundle-folder.js';
import { OPTIONS } from '../args.js';
import { defineCommand } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { readDesignInput } from '../design-input.js';
import { cliReason, fileError } from '../files.js';
import { renderText, text } from '../i18n/render.js';
import { exportDesign, notExportable, resolveClusterId } from './export-core.js';
import { GATE_OPTIONS, gateRequest, gateSchema } from './gate-options.js';

export const bundleCommand = defineCommand({
  spec: {
    command: 'bundle',
    options: { output: OPTIONS.output, ...GATE_OPTIONS },
    positionals: ['file'],
    schema: z.strictObject({ output: z.string({ error: 'value.folder-required' }).min(1, 'value.empty'), ...gateSchema }),
  },
  help: {
    en: `Usage: eks-sandbox bundle <design|cluster.yaml> -o <folder> [--lang en|ja] [--force] [--cluster <name>]
                          [--date YYYY-MM-DD] [--no-suppressions]

Writes a deployment bundle into a folder: cluster.yaml, manifests/ (the workloads' Kubernetes manifests),
helm/ (a values file per controller installed with Helm), DEPLOY.md (the runbook) and deploy.sh (the same
steps as a script that stops at the first failure).
A design with error-level findings is refused (they are listed on stderr) unless --force is given, as
export refuses it; suppressed findings do not refuse it.

Options:
  -o, --output <folder>  the folder to write; it is created if missing and must be empty unless --force.
  --lang en|ja           language of DEPLOY.md, the manifests' comments and the messages (default:
                         EKS_SANDBOX_LANG, else the locale, else en).
  -f, --force            write even when the design has error-level findings, and replace the bundle's
                         files in a folder that is not empty (other files there are left alone).
  -c, --cluster <name>   the cluster to bundle (its name or part id), when the design has several.
  --date YYYY-MM-DD      run the rules as of this day instead of today.
  --no-suppressions      ignore the design's suppressions: a suppressed error refuses the bundle too.
  -h, --help             show this help.

Exit status: 0 written, 1 refused because of error-level findings or not exportable,
2 the file cannot be read or is not a design, a bad option, or the folder cannot be written.
`,
    ja: `使い方: eks-sandbox bundle <設計|cluster.yaml> -o <フォルダー> [--lang en|ja] [--force] [--cluster <名前>]
                          [--date YYYY-MM-DD] [--no-suppressions]

デプロイバンドルをフォルダーに作成します: cluster.yaml、manifests/（ワークロードの Kubernetes マニフェスト）、
helm/（Helm でインストールするコントローラーごとの values ファイル）、DEPLOY.md（手順書）、deploy.sh
（同じ手順を、最初の失敗で止まるスクリプトにしたもの）。
エラーレベルの検出結果がある設計は、export と同じく --force を指定しない限り作成しません（検出結果は標準
エラー出力に表示します）。抑制した検出結果では中止しません。

オプション:
  -o, --output <フォルダー>
                         作成先のフォルダー。なければ作成します。--force を指定しない限り空である必要があります。
  --lang en|ja           DEPLOY.md、マニフェストのコメント、メッセージの言語（デフォルト: EKS_SANDBOX_LANG、
                         なければロケール、それもなければ en）。
  -f, --force            エラーレベルの検出結果があっても作成し、空でないフォルダーではバンドルのファイルを
                         置き換えます（他のファイルはそのまま残します）。
  -c, --cluster <名前>   設計に複数のクラスターがあるとき、対象のクラスター（名前またはパーツ ID）。
  --date YYYY-MM-DD      今日ではなくこの日付の時点でルールを実行します。
  --no-suppressions      設計の抑制設定を無視します。抑制したエラーがあっても作成を中止します。
  -h, --help             このヘルプを表示します。

終了ステータス: 0 作成した、1 エラーレベルの検出結果があるため中止した、またはエクスポートできない、
2 ファイルを読み込めないか設計ではない、オプションの誤り、またはフォルダーに保存できない。
`,
  },
  async action(values, io) {
    const { file, output, force } = values;
    const doc = await readDesignInput(file, io);
    const request = gateRequest(values, io, 'bundle');
    const { yaml, warnings } = exportDesign(doc.design, request);
    const clusterId = resolveClusterId(doc.design, request);
    let files;
    try {
      const options = { lang: io.lang, clusterYaml: yaml, ...(clusterId !== undefined ? { clusterId } : {}) };
      files = deploymentBundle(doc.design, options).files;
    } catch (err) {
      if (err instanceof ExportError) throw notExportable(file, err, 'bundle');
      throw err;
    }
    try {
      await writeBundleFolder(output, files, { overwrite: force });
    } catch (err) {
      if (!(err instanceof FileServiceError)) throw err;
      if (err.code === 'exists') throw new CliError(text('bundle.folder-not-empty', { folder: output }));
      throw fileError(output, cliReason(err, path.resolve(output)));
    }
    const wrote = text('wrote.bundle', {
      count: files.length,
      folder: path.join(output, path.sep),
      files: files.map((f) => f.path),
    });
    io.stdout.write(`${renderText(wrote, io.lang)}\n`);
    for (const line of warnings) io.stderr.write(`${line}\n`);
    return EXIT.ok;
  },
});
