import { z } from 'zod';
import { defineCommand } from '../command.js';
import { readDesignInput } from '../design-input.js';
import { EXIT } from '../errors.js';
import { GATE_OPTIONS, gateRequest, gateSchema } from './gate-options.js';
import { manifestsOfDesign } from './manifests-core.js';

export const manifestsCommand = defineCommand({
  spec: {
    command: 'manifests',
    options: GATE_OPTIONS,
    positionals: ['file'],
    schema: z.strictObject(gateSchema),
  },
  help: {
    en: `Usage: eks-sandbox manifests <file> [--force] [--cluster <name>] [--lang en|ja] [--date YYYY-MM-DD]
                             [--no-suppressions]

Prints the Kubernetes manifests of a design's cluster as one multi-document YAML: namespaces, workloads
(Deployment, StatefulSet, DaemonSet, Job, CronJob), service accounts, Services, ALB Ingresses, HPAs,
PodDisruptionBudgets and Karpenter's NodePool and EC2NodeClass. Each file of a deployment bundle starts
with a "# Source: manifests/..." line. Values only your AWS account knows are \${NAME} placeholders
(\${AWS_ACCOUNT_ID}, \${ACM_CERTIFICATE_ID}); fill them with envsubst before kubectl apply.
An eksctl YAML input is imported on the fly. A design with error-level findings is refused (they are
listed on stderr) unless --force is given, as export refuses it; suppressed findings do not refuse it.

Options:
  -f, --force           print even when the design has error-level findings.
  -c, --cluster <name>  the cluster (its name or part id), when the design has several.
  --lang en|ja          language of the YAML comments, warnings and messages (default: EKS_SANDBOX_LANG,
                        else the locale, else en).
  --date YYYY-MM-DD     run the rules as of this day instead of today.
  --no-suppressions     ignore the design's suppressions: a suppressed error refuses the manifests too.
  -h, --help            show this help.

Exit status: 0 printed, 1 refused because of error-level findings or no cluster,
2 the file cannot be read or is not a design, or a bad option.
`,
    ja: `使い方: eks-sandbox manifests <ファイル> [--force] [--cluster <名前>] [--lang en|ja] [--date YYYY-MM-DD]
                             [--no-suppressions]

設計のクラスターの Kubernetes マニフェストを 1 つの複数ドキュメント YAML として出力します: Namespace、
ワークロード（Deployment、StatefulSet、DaemonSet、Job、CronJob）、ServiceAccount、Service、ALB の Ingress、
HPA、PodDisruptionBudget、Karpenter の NodePool と EC2NodeClass。デプロイバンドルの各ファイルは
"# Source: manifests/..." の行で始まります。AWS アカウントでしか分からない値は \${NAME} 形式の
プレースホルダー（\${AWS_ACCOUNT_ID}、\${ACM_CERTIFICATE_ID}）です。kubectl apply の前に envsubst で
埋めてください。eksctl の YAML を入力すると、その場でインポートします。エラーレベルの検出結果がある設計は、
export と同じく --force を指定しない限り出力しません（検出結果は標準エラー出力に表示します）。抑制した
検出結果では中止しません。

オプション:
  -f, --force           エラーレベルの検出結果があっても出力します。
  -c, --cluster <名前>  設計に複数のクラスターがあるとき、対象のクラスター（名前またはパーツ ID）。
  --lang en|ja          YAML のコメント、警告、メッセージの言語（デフォルト: EKS_SANDBOX_LANG、なければ
                        ロケール、それもなければ en）。
  --date YYYY-MM-DD     今日ではなくこの日付の時点でルールを実行します。
  --no-suppressions     設計の抑制設定を無視します。抑制したエラーがあっても出力を中止します。
  -h, --help            このヘルプを表示します。

終了ステータス: 0 出力した、1 エラーレベルの検出結果があるため中止した、またはクラスターがない、
2 ファイルを読み込めないか設計ではない、またはオプションの誤り。
`,
  },
  async action(values, io) {
    const doc = await readDesignInput(values.file, io);
    const { yaml, warnings } = manifestsOfDesign(doc.design, { ...gateRequest(values, io, 'manifests'), lang: io.lang });
    io.stdout.write(yaml);
    for (const line of warnings) io.stderr.write(`${line}\n`);
    return EXIT.ok;
  },
});
