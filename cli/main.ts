/**
 * Entry point of the `eks-sandbox` command line: picks the subcommand, runs it, and turns every failure
 * into one line on stderr and an exit code. Nothing here exits the process, so tests call runCli directly.
 */
// First: it changes how zod builds the schemas every later module creates.
import './zod-jitless.js';
import { APP_VERSION } from '../shared/app-info.js';
import type { Language } from '../shared/rules/types.js';
import type { CliIo, CommandEntry } from './command.js';
import { CliError, EXIT, oneLine } from './errors.js';
import { resolveLanguage } from './i18n/language.js';
import { renderText, text } from './i18n/render.js';
import { formatTable } from './table.js';

// Commands load on demand, so `--help`, `--version` and a mistyped command answer without loading the rules.
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'templates',
    summary: {
      en: 'list the templates a new design can start from',
      ja: '新しい設計の元にできるテンプレートを一覧表示します',
    },
    load: async () => (await import('./commands/templates.js')).templatesCommand,
  },
  {
    name: 'new',
    summary: {
      en: 'start a design file from a template',
      ja: 'テンプレートから設計ファイルを作成します',
    },
    load: async () => (await import('./commands/new.js')).newCommand,
  },
  {
    name: 'validate',
    summary: {
      en: 'check a design against the EKS and eksctl rules',
      ja: '設計を EKS と eksctl のルールでチェックします',
    },
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  {
    name: 'import',
    summary: {
      en: 'turn an eksctl ClusterConfig (cluster.yaml) into a design file',
      ja: 'eksctl の ClusterConfig（cluster.yaml）を設計ファイルに変換します',
    },
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  {
    name: 'export',
    summary: {
      en: 'write the eksctl ClusterConfig (cluster.yaml) of a design',
      ja: '設計の eksctl ClusterConfig（cluster.yaml）をエクスポートします',
    },
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'manifests',
    summary: {
      en: 'print the Kubernetes manifests of a design as one multi-document YAML',
      ja: '設計の Kubernetes マニフェストを 1 つの複数ドキュメント YAML として出力します',
    },
    load: async () => (await import('./commands/manifests.js')).manifestsCommand,
  },
  {
    name: 'bundle',
    summary: {
      en: 'write a deployment bundle: cluster.yaml, manifests, Helm values, DEPLOY.md, deploy.sh',
      ja: 'デプロイバンドル（cluster.yaml、マニフェスト、Helm の values、DEPLOY.md、deploy.sh）を作成します',
    },
    load: async () => (await import('./commands/bundle.js')).bundleCommand,
  },
  {
    name: 'diff',
    summary: {
      en: 'compare two designs (or cluster.yaml files): parts, connections, cost, findings',
      ja: '2 つの設計（または cluster.yaml）のパーツ、接続、コスト、検出結果を比較します',
    },
    load: async () => (await import('./commands/diff.js')).diffCommand,
  },
  {
    name: 'cost',
    summary: {
      en: 'estimate the monthly cost of a design or cluster.yaml',
      ja: '設計または cluster.yaml の月額コストを見積もります',
    },
    load: async () => (await import('./commands/cost.js')).costCommand,
  },
];

const GENERAL_HELP = {
  en: (list: string) => `Usage: eks-sandbox <command> [options]

Design Amazon EKS architectures as .eksdesign files, check them, and export eksctl cluster.yaml.

Commands:
${list}

Options:
  -h, --help     show this help (or 'eks-sandbox <command> --help' for a command)
  --lang en|ja   language of the help, messages and output (default: EKS_SANDBOX_LANG, else the locale
                 (LC_ALL, LC_MESSAGES, LANG starting with "ja" is Japanese), else en)
  --version      print the version

Exit status: 0 success, 1 the design has error-level findings (diff: the designs differ), 2 bad input (file,
command or option).
`,
  ja: (list: string) => `使い方: eks-sandbox <コマンド> [オプション]

Amazon EKS のアーキテクチャを .eksdesign ファイルとして設計し、チェックして、eksctl の cluster.yaml を
エクスポートします。

コマンド:
${list}

オプション:
  -h, --help     このヘルプを表示します（コマンドごとのヘルプは 'eks-sandbox <コマンド> --help'）
  --lang en|ja   ヘルプ、メッセージ、出力の言語（デフォルト: EKS_SANDBOX_LANG、なければロケール
                 （LC_ALL、LC_MESSAGES、LANG が "ja" で始まれば日本語）、それもなければ en）
  --version      バージョンを表示します

終了ステータス: 0 成功、1 設計にエラーレベルの検出結果がある（diff では設計に違いがある）、2 入力の誤り
（ファイル、コマンド、オプション）。
`,
} as const;

export function generalHelp(lang: Language = 'en'): string {
  const list = formatTable(COMMANDS.map((c) => [`  ${c.name}`, c.summary[lang]]));
  return GENERAL_HELP[lang](list.join('\n'));
}

/** Runs the command line with `argv` (without node and the script). Returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Language = 'en';
  try {
    lang = resolveLanguage(argv, io.env ?? process.env);
    const withoutLang = stripLang(argv);
    const [first, ...rest] = withoutLang;
    if (first === undefined) throw new CliError(text('main.no-command'));
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(generalHelp(lang));
      return EXIT.ok;
    }
    if (first === '--version') {
      io.stdout.write(`eks-sandbox ${APP_VERSION}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-')) throw new CliError(text('main.unknown-option', { flag: first }));
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry) throw new CliError(text('main.unknown-command', { name: first }));
    // The command sees its own words; `--lang` is one of the options every command accepts (cli/args.ts).
    return await (await entry.load()).run(rest, { ...io, lang });
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`${renderText(text('main.prefix', { message: err.render(lang) }), lang)}\n`);
      for (const line of err.detailLines(lang)) io.stderr.write(`${line}\n`);
      return err.exitCode;
    }
    io.stderr.write(`${renderText(text('main.prefix', { message: text('main.internal', { detail: oneLine(err) }) }), lang)}\n`);
    if (process.env.EKS_SANDBOX_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
}

/** `argv` without a leading `--lang x` / `--lang=x`, so `eks-sandbox --lang ja validate f` finds its command. */
function stripLang(argv: readonly string[]): readonly string[] {
  const out = [...argv];
  while (out[0] === '--lang' || out[0]?.startsWith('--lang=')) out.splice(0, out[0] === '--lang' ? 2 : 1);
  return out;
}
