import { z } from 'zod';
import { formatSchema } from '../args.js';
import { defineCommand } from '../command.js';
import { EXIT } from '../errors.js';
import { formatTable } from '../table.js';
import { listTemplates } from './template-source.js';

export const templatesCommand = defineCommand({
  spec: {
    command: 'templates',
    options: { format: { type: 'string' } },
    positionals: [],
    schema: z.strictObject({ format: formatSchema }),
  },
  help: {
    en: `Usage: eks-sandbox templates [--format text|json] [--lang en|ja]

Lists the built-in templates: their id (for 'eks-sandbox new --template <id>') and title.

Options:
  --format text|json   text (default): one template per line. json: an array of {"id", "title"}.
  --lang en|ja         language of the titles and messages (default: EKS_SANDBOX_LANG, else the locale, else en).
  -h, --help           show this help.
`,
    ja: `使い方: eks-sandbox templates [--format text|json] [--lang en|ja]

組み込みのテンプレートを、ID（'eks-sandbox new --template <ID>' に指定する値）とタイトルで一覧表示します。

オプション:
  --format text|json   text（デフォルト）: 1 行に 1 テンプレート。json: {"id", "title"} の配列。
  --lang en|ja         タイトルとメッセージの言語（デフォルト: EKS_SANDBOX_LANG、なければロケール、それもなければ en）。
  -h, --help           このヘルプを表示します。
`,
  },
  async action({ format }, io) {
    const list = listTemplates(io.lang);
    if (format === 'json') io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    else io.stdout.write(`${formatTable(list.map((t) => [t.id, t.title])).join('\n')}\n`);
    return EXIT.ok;
  },
});
