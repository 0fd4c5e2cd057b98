import { z } from 'zod';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { renderText, text } from '../i18n/render.js';
import { findTemplate } from './template-source.js';
import { WRITE_DESIGN_OPTIONS, writeDesign, writeDesignSchema } from './write-design.js';

export const newCommand = defineCommand({
  spec: {
    command: 'new',
    options: { template: { type: 'string', short: 't' }, ...WRITE_DESIGN_OPTIONS },
    positionals: [],
    schema: z.strictObject({
      template: z.string({ error: 'value.template-required' }).min(1, 'value.empty'),
      ...writeDesignSchema,
    }),
  },
  help: {
    en: `Usage: eks-sandbox new --template <id> -o <file> [--force] [--lang en|ja]

Writes the template as a design file (.eksdesign, JSON) that the app and the other commands open.
With --lang ja its name, description and parts' notes are in Japanese.

Options:
  -t, --template <id>   the template to start from; 'eks-sandbox templates' lists them.
  -o, --output <file>   the design file to write, e.g. my-cluster.eksdesign.
  -f, --force           replace the file if it exists (otherwise an existing file is never touched).
  --lang en|ja          language of the messages (default: EKS_SANDBOX_LANG, else the locale, else en).
  -h, --help            show this help.

Exit status: 0 written, 2 unknown template, bad option, or the file cannot be written.
`,
    ja: `使い方: eks-sandbox new --template <ID> -o <ファイル> [--force] [--lang en|ja]

テンプレートを設計ファイル（.eksdesign、JSON）として保存します。アプリと他のコマンドで開けます。
--lang ja では名前、説明、パーツのメモを日本語にします。

オプション:
  -t, --template <ID>   元にするテンプレート。'eks-sandbox templates' で一覧を表示できます。
  -o, --output <ファイル>
                        保存する設計ファイル。例: my-cluster.eksdesign
  -f, --force           ファイルがあれば置き換えます（指定しなければ既存のファイルには触れません）。
  --lang en|ja          メッセージの言語（デフォルト: EKS_SANDBOX_LANG、なければロケール、それもなければ en）。
  -h, --help            このヘルプを表示します。

終了ステータス: 0 保存した、2 不明なテンプレート、オプションの誤り、またはファイルを保存できない。
`,
  },
  async action({ template, output, force }, io) {
    await writeDesign(findTemplate(template, io.lang), output, force);
    io.stdout.write(`${renderText(text('wrote.template', { file: output, template }), io.lang)}\n`);
    return EXIT.ok;
  },
});
