import { z } from 'zod';
import { fileSchema } from '../args.js';
import { defineCommand } from '../command.js';
import { readEksctlFile } from '../design-input.js';
import { EXIT } from '../errors.js';
import { counted, renderText } from '../i18n/render.js';
import { WRITE_DESIGN_OPTIONS, writeDesign, writeDesignSchema } from './write-design.js';

export const importCommand = defineCommand({
  spec: {
    command: 'import',
    options: WRITE_DESIGN_OPTIONS,
    positionals: ['file'],
    schema: z.strictObject({ file: fileSchema, ...writeDesignSchema }),
  },
  help: {
    en: `Usage: eks-sandbox import <cluster.yaml> -o <file> [--force] [--lang en|ja]

Turns an eksctl ClusterConfig (eksctl.io/v1alpha5, YAML or JSON) into a design file (.eksdesign) laid out
on the canvas: the VPC with its subnets, the cluster with its node groups and Fargate profiles, and any
on-premises network of hybrid nodes. Fields the canvas does not show are kept, so exporting the design
gives back the same config. The design's suppressions, which export writes into metadata.annotations
(eks-sandbox.io/suppressions), come back on their parts; an entry that cannot be read or names a part the
file does not have is a warning on stderr, and the rest is imported. validate and export also read eksctl
YAML directly.

Options:
  -o, --output <file>   the design file to write, e.g. my-cluster.eksdesign.
  -f, --force           replace the file if it exists (otherwise an existing file is never touched).
  --lang en|ja          language of the messages (default: EKS_SANDBOX_LANG, else the locale, else en).
  -h, --help            show this help.

Exit status: 0 written, 2 the YAML is not a valid eksctl ClusterConfig (the message names the line and
field), the file cannot be read or written, or a bad option.
`,
    ja: `使い方: eks-sandbox import <cluster.yaml> -o <ファイル> [--force] [--lang en|ja]

eksctl の ClusterConfig（eksctl.io/v1alpha5、YAML または JSON）を、キャンバスに配置した設計ファイル
（.eksdesign）に変換します。VPC とそのサブネット、クラスターとそのノードグループと Fargate プロファイル、
ハイブリッドノードのオンプレミスネットワークを配置します。キャンバスに表示しないフィールドも保持するため、
設計をエクスポートすると同じ設定に戻ります。export が metadata.annotations（eks-sandbox.io/suppressions）に
書き込んだ設計の抑制設定は、元のパーツに戻ります。読み取れない項目や、ファイルにないパーツを指す項目は
標準エラー出力に警告として表示し、残りをインポートします。validate と export も eksctl の YAML を直接
読み込めます。

オプション:
  -o, --output <ファイル>
                        保存する設計ファイル。例: my-cluster.eksdesign
  -f, --force           ファイルがあれば置き換えます（指定しなければ既存のファイルには触れません）。
  --lang en|ja          メッセージの言語（デフォルト: EKS_SANDBOX_LANG、なければロケール、それもなければ en）。
  -h, --help            このヘルプを表示します。

終了ステータス: 0 保存した、2 YAML が有効な eksctl の ClusterConfig ではない（メッセージに行とフィールドを
示します）、ファイルを読み込めないか保存できない、またはオプションの誤り。
`,
  },
  async action({ file, output, force }, io) {
    const doc = await readEksctlFile(file, io);
    await writeDesign(doc, output, force);
    const wrote = counted(doc.design.parts.length, 'wrote.import.one', 'wrote.import.other');
    io.stdout.write(
      `${renderText({ id: wrote.id, params: { ...wrote.params, file: output, name: doc.design.name } }, io.lang)}\n`,
    );
    return EXIT.ok;
  },
});
