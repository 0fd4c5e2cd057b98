/**
 * Every sentence the command line prints on its own (not the rules' findings, which have their own table), in
 * English and Japanese, by text id. `{{name}}` are parameters: file names, flags, counts, ids, and nested texts
 * rendered in the same language (cli/i18n/render.ts). English texts are what the command line printed before
 * it spoke Japanese, so scripts that read stderr in English see the same words.
 */
import type { Language } from '../../shared/rules/types.js';

export const CLI_TEXTS = {
  // Dispatcher (cli/main.ts) and the language choice (cli/i18n/language.ts).
  'main.no-command': {
    en: "no command given; see 'eks-sandbox --help'",
    ja: "コマンドがありません。'eks-sandbox --help' を参照してください",
  },
  'main.unknown-option': {
    en: "unknown option {{flag}}; see 'eks-sandbox --help'",
    ja: "不明なオプション {{flag}} です。'eks-sandbox --help' を参照してください",
  },
  'main.unknown-command': {
    en: 'unknown command "{{name}}"; see \'eks-sandbox --help\'',
    ja: "不明なコマンド「{{name}}」です。'eks-sandbox --help' を参照してください",
  },
  'main.internal': { en: 'internal error: {{detail}}', ja: '内部エラー: {{detail}}' },
  'main.prefix': { en: 'eks-sandbox: {{message}}', ja: 'eks-sandbox: {{message}}' },
  'main.warning': { en: 'eks-sandbox: warning: {{message}}', ja: 'eks-sandbox: 警告: {{message}}' },
  'main.note': { en: 'eks-sandbox: note: {{message}}', ja: 'eks-sandbox: 注記: {{message}}' },
  'lang.flag-invalid': { en: '--lang must be one of {{allowed}}', ja: '--lang は {{allowed}} のいずれかにしてください' },
  'lang.env-invalid': {
    en: 'EKS_SANDBOX_LANG must be one of {{allowed}} (it is "{{value}}")',
    ja: 'EKS_SANDBOX_LANG は {{allowed}} のいずれかにしてください（現在は「{{value}}」）',
  },

  // Arguments (cli/args.ts). `where` is a flag (--format) or a positional (<file>).
  'args.unknown-option': { en: '{{command}}: unknown option {{flag}}', ja: '{{command}}: 不明なオプション {{flag}} です' },
  'args.needs-value': { en: '{{command}}: {{flag}} needs a value', ja: '{{command}}: {{flag}} には値が必要です' },
  'args.takes-no-value': { en: '{{command}}: {{flag}} takes no value', ja: '{{command}}: {{flag}} に値は指定できません' },
  'args.unreadable': { en: '{{command}}: {{detail}}', ja: '{{command}}: 引数を解釈できません（{{detail}}）' },
  'args.missing': {
    en: "{{command}}: missing <{{name}}>; see 'eks-sandbox {{command}} --help'",
    ja: "{{command}}: <{{name}}> がありません。'eks-sandbox {{command}} --help' を参照してください",
  },
  'args.unexpected': {
    en: '{{command}}: unexpected argument "{{arg}}"; see \'eks-sandbox {{command}} --help\'',
    ja: "{{command}}: 余分な引数「{{arg}}」があります。'eks-sandbox {{command}} --help' を参照してください",
  },
  'args.one-of': {
    en: '{{command}}: {{where}} must be one of {{allowed}}',
    ja: '{{command}}: {{where}} は {{allowed}} のいずれかにしてください',
  },
  'args.invalid': { en: '{{command}}: {{where}}: {{reason}}', ja: '{{command}}: {{where}}: {{reason}}' },
  'args.arguments': { en: 'arguments', ja: '引数' },
  // Reasons a value is refused; the zod schemas name these ids as their messages.
  'value.empty': { en: 'must not be empty', ja: '空にはできません' },
  'value.date-format': { en: 'must be a date like 2026-11-28', ja: '2026-11-28 のような日付にしてください' },
  'value.not-a-day': { en: 'is not a real calendar day', ja: '実在しない日付です' },
  'value.template-required': { en: 'is required (see eks-sandbox templates)', ja: '必須です（eks-sandbox templates を参照）' },
  'value.output-required': {
    en: 'is required: the design file to write',
    ja: '必須です: 保存する設計ファイルを指定してください',
  },
  'value.folder-required': { en: 'is required (-o <folder>)', ja: '必須です（-o <フォルダー>）' },
  'value.invalid': { en: 'is not valid ({{detail}})', ja: '無効な値です（{{detail}}）' },

  // Reading and writing files (cli/files.ts).
  'file.problem': { en: '{{file}}: {{reason}}', ja: '{{file}}: {{reason}}' },
  'file.no-such-file': { en: 'no such file', ja: 'ファイルがありません' },
  'file.is-directory-not-design': { en: 'is a directory, not a design file', ja: 'フォルダーです。設計ファイルではありません' },
  'file.is-directory': { en: 'is a directory', ja: 'フォルダーです' },
  'file.not-regular': { en: 'is not a regular file', ja: '通常のファイルではありません' },
  'file.too-large': {
    en: 'the file is larger than {{mb}} MB; a design file is never that big',
    ja: 'ファイルが {{mb}} MB を超えています。設計ファイルがこれほど大きくなることはありません',
  },
  'file.not-utf8': {
    en: 'is not UTF-8 text, so it cannot be a design file',
    ja: 'UTF-8 のテキストではないため、設計ファイルではありません',
  },
  'file.permission-denied': { en: 'permission denied', ja: 'アクセス権がありません' },
  'file.not-a-folder': { en: 'a part of the path is not a folder', ja: 'パスの途中にフォルダーでないものがあります' },
  'file.disk-full-read': { en: 'the disk is full', ja: 'ディスクがいっぱいです' },
  'file.read-only': { en: 'the file system is read-only', ja: 'ファイルシステムが読み取り専用です' },
  'file.cannot-read': { en: 'cannot read the file ({{code}})', ja: 'ファイルを読み込めません（{{code}}）' },
  'file.exists': {
    en: 'already exists; pass --force to replace it',
    ja: 'すでに存在します。置き換えるには --force を指定してください',
  },
  'file.folder-missing': { en: 'the folder {{dir}} does not exist', ja: 'フォルダー {{dir}} がありません' },
  'file.quota': {
    en: 'the disk quota is used up; nothing was written (an existing file is unchanged)',
    ja: 'ディスククォータを使い切りました。何も保存していません（既存のファイルは変わりません）',
  },
  'file.too-large-for-disk': {
    en: 'the file is too large for this disk; nothing was written (an existing file is unchanged)',
    ja: 'このディスクには大きすぎるファイルです。何も保存していません（既存のファイルは変わりません）',
  },
  'file.disk-full': {
    en: 'the disk is full; nothing was written (an existing file is unchanged)',
    ja: 'ディスクがいっぱいです。何も保存していません（既存のファイルは変わりません）',
  },
  'file.busy': { en: 'another program is using the file', ja: '別のプログラムがファイルを使用中です' },
  'file.write-failed': { en: '{{detail}}', ja: '保存できません（{{detail}}）' },
  'file.not-usable-eksctl': {
    en: '{{file}}: not a usable eksctl ClusterConfig: {{reason}}',
    ja: '{{file}}: {{reason}}',
  },

  // Choosing the cluster, and the export gate (cli/commands/export-core.ts).
  'cluster.several': {
    en: '{{file}}: the design has {{count}} clusters ({{names}}); choose one with --cluster <name>',
    ja: '{{file}}: 設計にクラスターが {{count}} 個（{{names}}）あります。--cluster <名前> で 1 つ選んでください',
  },
  'cluster.same-name': {
    en: '{{file}}: several clusters are named "{{name}}"; pass the part id instead ({{ids}})',
    ja: '{{file}}: 「{{name}}」という名前のクラスターが複数あります。代わりにパーツ ID を指定してください（{{ids}}）',
  },
  'cluster.unknown': {
    en: '{{file}}: no cluster named "{{name}}"; its clusters are: {{names}}',
    ja: '{{file}}: 「{{name}}」という名前のクラスターはありません。設計内のクラスター: {{names}}',
  },
  'cluster.unknown-none': {
    en: '{{file}}: no cluster named "{{name}}"; it has no cluster',
    ja: '{{file}}: 「{{name}}」という名前のクラスターはありません。設計にクラスターがありません',
  },
  'count.errors.one': { en: '1 error-level finding', ja: 'エラーレベルの検出結果 1 件' },
  'count.errors.other': { en: '{{count}} error-level findings', ja: 'エラーレベルの検出結果 {{count}} 件' },
  'gate.refused.export': {
    en: '{{file}}: not exported: the design has {{count}}; fix them, or pass --force to export anyway',
    ja: '{{file}}: エクスポートしませんでした: 設計に{{count}}があります。修正するか、--force を指定してエクスポートしてください',
  },
  'gate.refused.manifests': {
    en: '{{file}}: no manifests: the design has {{count}}; fix them, or pass --force to print them anyway',
    ja: '{{file}}: マニフェストを出力しませんでした: 設計に{{count}}があります。修正するか、--force を指定して出力してください',
  },
  'gate.refused.bundle': {
    en: '{{file}}: no bundle: the design has {{count}}; fix them, or pass --force to write it anyway',
    ja: '{{file}}: バンドルを作成しませんでした: 設計に{{count}}があります。修正するか、--force を指定して作成してください',
  },
  'gate.forced.export': {
    en: 'exported with {{count}} because of --force',
    ja: '--force のため、{{count}}があるままエクスポートしました',
  },
  'gate.forced.manifests': {
    en: 'printed with {{count}} because of --force',
    ja: '--force のため、{{count}}があるまま出力しました',
  },
  'gate.forced.bundle': {
    en: 'bundled with {{count}} because of --force',
    ja: '--force のため、{{count}}があるままバンドルを作成しました',
  },
  'gate.suppressed.one': {
    en: "1 finding was suppressed by the design's suppressions (--no-suppressions to {{action}} without them)",
    ja: '設計の抑制設定で検出結果 1 件を抑制しました（抑制せずに{{action}}するには --no-suppressions）',
  },
  'gate.suppressed.other': {
    en: "{{count}} findings were suppressed by the design's suppressions (--no-suppressions to {{action}} without them)",
    ja: '設計の抑制設定で検出結果 {{count}} 件を抑制しました（抑制せずに{{action}}するには --no-suppressions）',
  },
  'action.export': { en: 'export', ja: 'エクスポート' },
  'action.manifests': { en: 'print them', ja: '出力' },
  'action.bundle': { en: 'bundle', ja: 'バンドルを作成' },
  'gate.cannot-export': { en: '{{file}}: cannot export: {{reason}}', ja: '{{file}}: エクスポートできません: {{reason}}' },
  'gate.no-manifests': { en: '{{file}}: no manifests: {{reason}}', ja: '{{file}}: マニフェストを出力できません: {{reason}}' },
  'gate.cannot-bundle': { en: '{{file}}: cannot bundle: {{reason}}', ja: '{{file}}: バンドルを作成できません: {{reason}}' },

  // What the commands report when they are done.
  'wrote.file': { en: 'Wrote {{file}}.', ja: '{{file}} を保存しました。' },
  'wrote.template': {
    en: 'Wrote {{file}} from template "{{template}}".',
    ja: 'テンプレート「{{template}}」から {{file}} を保存しました。',
  },
  'wrote.import.one': {
    en: 'Wrote {{file}}: cluster "{{name}}" as 1 part.',
    ja: '{{file}} を保存しました: クラスター「{{name}}」をパーツ 1 個で表しました。',
  },
  'wrote.import.other': {
    en: 'Wrote {{file}}: cluster "{{name}}" as {{count}} parts.',
    ja: '{{file}} を保存しました: クラスター「{{name}}」をパーツ {{count}} 個で表しました。',
  },
  'wrote.bundle': {
    en: 'Wrote {{count}} files to {{folder}}: {{files}}.',
    ja: '{{folder}} に {{count}} 個のファイルを保存しました: {{files}}。',
  },
  'bundle.folder-not-empty': {
    en: "{{folder}}: the folder is not empty; pass --force to replace the bundle's files in it",
    ja: '{{folder}}: フォルダーが空ではありません。バンドルのファイルを置き換えるには --force を指定してください',
  },
  'template.unknown': {
    en: 'unknown template "{{id}}"; the templates are: {{ids}}',
    ja: '不明なテンプレート「{{id}}」です。テンプレート: {{ids}}',
  },

  // cost (cli/commands/cost.ts).
  'cost.assume-format': {
    en: 'cost: --assume wants name=number, got "{{word}}"',
    ja: 'cost: --assume は 名前=数値 の形で指定してください（「{{word}}」が指定されました）',
  },
  'cost.region': {
    en: 'cost: no prices for region "{{region}}"; regions with prices: {{regions}}',
    ja: 'cost: リージョン「{{region}}」の料金がありません。料金のあるリージョン: {{regions}}',
  },
  'cost.assumption-unknown': {
    en: 'cost: unknown cost assumption {{names}}; known: {{known}}',
    ja: 'cost: 不明なコストの前提「{{names}}」です。使える前提: {{known}}',
  },
  'cost.assumption-min': {
    en: 'cost: cost assumption {{name}}: must be at least {{min}}',
    ja: 'cost: コストの前提 {{name}} は {{min}} 以上にしてください',
  },
  'cost.assumption-max': {
    en: 'cost: cost assumption {{name}}: must be at most {{max}}',
    ja: 'cost: コストの前提 {{name}} は {{max}} 以下にしてください',
  },
  'cost.assumption-invalid': {
    en: 'cost: cost assumption {{name}}: {{detail}}',
    ja: 'cost: コストの前提 {{name}} が無効です: {{detail}}',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type CliTextId = keyof typeof CLI_TEXTS;
