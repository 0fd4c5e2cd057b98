/**
 * The reasons a design file or an eksctl YAML file is refused, in English and Japanese, by text id (the
 * frames that carry them are in texts.ts). Parameters are paths, field names, values, numbers and the
 * parser's own words (only when no coded reason exists), which stay as they are in both languages.
 */
import type { Language } from '../rules/types.js';

/** Where a problem is: put in front of its reason. */
export const LOCATION_TEXTS = {
  'where.line': { en: 'line {{line}}: ', ja: '{{line}} 行目: ' },
  'where.line-path': { en: 'line {{line}}: {{path}}: ', ja: '{{line}} 行目、{{path}}: ' },
  // eksctl import writes the line and the path side by side ("line 7, colour: …").
  'where.line-and-path': { en: 'line {{line}}, {{path}}: ', ja: '{{line}} 行目、{{path}}: ' },
  'more.problem': { en: ' (and 1 more problem)', ja: '（ほか 1 件）' },
  'more.problems': { en: ' (and {{count}} more problems)', ja: '（ほか {{count}} 件）' },
  'more.plain': { en: ' (and {{count}} more)', ja: '（ほか {{count}} 件）' },
} as const satisfies Record<string, Record<Language, string>>;

/** JSON syntax (shared/model/json-locate.ts): what the scanner found, and the character it found. */
export const JSON_SYNTAX_TEXTS = {
  'json.char-code': { en: 'character U+{{code}}', ja: '文字 U+{{code}}' },
  'json.ends-early': {
    en: 'the file ends too early (it may have been cut off)',
    ja: 'ファイルが途中で終わっています（切れている可能性があります）',
  },
  'json.empty': { en: 'the file is empty', ja: 'ファイルが空です' },
  'json.unclosed-string': {
    en: 'a text value is not closed: the file ends inside it (it may have been cut off)',
    ja: '文字列が閉じられていません。ファイルが文字列の途中で終わっています（切れている可能性があります）',
  },
  'json.bad-escape': {
    en: '"\\{{char}}" is not a valid escape in a JSON string',
    ja: '「\\{{char}}」は JSON の文字列で使えるエスケープではありません',
  },
  'json.bad-unicode-escape': {
    en: '"\\u" must be followed by four hex digits',
    ja: '「\\u」の後には 16 進数 4 桁が必要です',
  },
  'json.control-in-string': {
    en: 'a {{char}} inside a text value must be written as an escape such as \\n',
    ja: '文字列の中の{{char}}は \\n のようなエスケープで書く必要があります',
  },
  'json.expected-key': {
    en: 'expected a field name in double quotes, found {{found}}',
    ja: 'ダブルクォートで囲んだフィールド名が必要ですが、{{found}} があります',
  },
  'json.expected-colon': {
    en: "expected ':' after the field name {{name}}, found {{found}}",
    ja: 'フィールド名 {{name}} の後には「:」が必要ですが、{{found}} があります',
  },
  'json.bad-number': {
    en: 'this number is not written the way JSON allows',
    ja: 'この数値は JSON で許される書き方になっていません',
  },
  'json.value-missing': {
    en: 'a value is missing before {{found}} (a comma too many?)',
    ja: '{{found}} の前に値がありません（カンマが多すぎませんか？）',
  },
  'json.unexpected-start': {
    en: 'unexpected {{found}}: a JSON value cannot start here',
    ja: '予期しない {{found}} があります。ここから JSON の値は始められません',
  },
  'json.after-end': {
    en: 'unexpected {{found}} after the end of the JSON document',
    ja: 'JSON ドキュメントの終わりの後に予期しない {{found}} があります',
  },
  'json.expected-separator': {
    en: "expected ',' or '{{close}}', found {{found}}",
    ja: '「,」または「{{close}}」が必要ですが、{{found}} があります',
  },
} as const satisfies Record<string, Record<Language, string>>;

/** Design files (shared/model/document.ts, migrations.ts). */
export const DESIGN_FILE_REASON_TEXTS = {
  'design-reason.too-large': {
    en: 'the file is larger than {{mb}} MB; a design file is never that big',
    ja: 'ファイルが {{mb}} MB を超えています。設計ファイルがこれほど大きくなることはありません',
  },
  'design-reason.empty': { en: 'the file is empty', ja: 'ファイルが空です' },
  'design-reason.json-syntax': {
    en: 'not valid JSON at line {{line}}, column {{column}}: {{problem}}',
    ja: '{{line}} 行 {{column}} 列目: {{problem}}',
  },
  // The engine's own words, only when the scanner found no problem (should not happen).
  'design-reason.json-engine': { en: 'not valid JSON: {{detail}}', ja: 'JSON の構文エラー: {{detail}}' },
  'design-reason.forbidden-key': {
    en: 'the key "{{key}}" is not allowed in a design file',
    ja: 'キー「{{key}}」は設計ファイルでは使えません',
  },
  'design-reason.too-deep': {
    en: 'the document is nested too deeply to be a design',
    ja: '入れ子が深すぎるため、設計ではありません',
  },
  'design-reason.too-many-values': {
    en: 'the document has too many values to be a design',
    ja: '値が多すぎるため、設計ではありません',
  },
  'design-reason.not-object': {
    en: 'the file is JSON but not an EKS Sandbox design (expected an object)',
    ja: 'JSON ですが EKS Sandbox の設計ではありません（オブジェクトが必要です）',
  },
  'design-reason.format': {
    en: 'not an EKS Sandbox design: "format" must be "{{format}}"',
    ja: '「format」は "{{format}}" でなければなりません',
  },
  'design-reason.schema-version': {
    en: '"schemaVersion" must be a whole number of 1 or more',
    ja: '「schemaVersion」は 1 以上の整数でなければなりません',
  },
  'design-reason.newer-version': {
    en: 'this design was saved by a newer EKS Sandbox (document schema version {{version}}; this app reads up to {{current}}). Update the app to open it.',
    ja: 'この設計は新しい EKS Sandbox で保存されています（ドキュメントのスキーマバージョン {{version}}、このアプリが読めるのは {{current}} まで）。開くにはアプリを更新してください。',
  },
  // Structural problems (shared/model/integrity.ts). Kinds are the design file's kind ids.
  'structure.part-id-twice': { en: 'the part id "{{id}}" is used twice', ja: 'パーツ ID「{{id}}」が 2 回使われています' },
  'structure.missing-parent': {
    en: 'part "{{id}}" is inside "{{parentId}}", which does not exist',
    ja: 'パーツ「{{id}}」は存在しない「{{parentId}}」の中にあります',
  },
  'structure.wrong-parent': {
    en: 'part "{{id}}" ({{kind}}) cannot be inside "{{parentId}}" ({{parentKind}})',
    ja: 'パーツ「{{id}}」({{kind}}) は「{{parentId}}」({{parentKind}}) の中に置けません',
  },
  'structure.not-a-subnet': {
    en: 'part "{{id}}" refers to subnet "{{subnetId}}", which is not a subnet of this design',
    ja: 'パーツ「{{id}}」が参照するサブネット「{{subnetId}}」は、この設計のサブネットではありません',
  },
  'structure.nested-in-itself': {
    en: 'part "{{id}}" is nested inside itself',
    ja: 'パーツ「{{id}}」が自分自身の中に入っています',
  },
  'structure.connection-id-twice': { en: 'the id "{{id}}" is used twice', ja: 'ID「{{id}}」が 2 回使われています' },
  'structure.missing-from': {
    en: 'connection "{{id}}" starts at "{{from}}", which does not exist',
    ja: '接続「{{id}}」の始点「{{from}}」が存在しません',
  },
  'structure.missing-to': {
    en: 'connection "{{id}}" ends at "{{to}}", which does not exist',
    ja: '接続「{{id}}」の終点「{{to}}」が存在しません',
  },
  'structure.connection-kinds': {
    en: 'connection "{{id}}" from {{from}} to {{to}} is not one the design model allows',
    ja: '接続「{{id}}」({{from}} から {{to}}) は設計モデルで許されていません',
  },
  'design-reason.in-part': { en: '{{reason}} (part "{{id}}")', ja: '{{reason}}（パーツ「{{id}}」）' },
} as const satisfies Record<string, Record<Language, string>>;

/**
 * Schema issues by zod issue code (design files) and Ajv keyword (eksctl's schema). Types are the schema's
 * words (string, number, object), shown the same in both languages; lists are pre-joined per language.
 */
export const SCHEMA_ISSUE_TEXTS = {
  'zod.invalid-type': {
    en: 'expected {{expected}}, found {{received}}',
    ja: '{{expectedJa}}が必要ですが、{{receivedJa}}があります',
  },
  'zod.missing': { en: 'is missing (expected {{expected}})', ja: '値がありません（{{expectedJa}}が必要です）' },
  'zod.at-least': { en: 'must be at least {{limit}}', ja: '{{limit}} 以上にしてください' },
  'zod.more-than': { en: 'must be more than {{limit}}', ja: '{{limit}} より大きくしてください' },
  'zod.at-most': { en: 'must be at most {{limit}}', ja: '{{limit}} 以下にしてください' },
  'zod.less-than': { en: 'must be less than {{limit}}', ja: '{{limit}} より小さくしてください' },
  'zod.min-length': { en: 'must be at least {{limit}} characters long', ja: '{{limit}} 文字以上にしてください' },
  'zod.max-length': { en: 'must be at most {{limit}} characters long', ja: '{{limit}} 文字以内にしてください' },
  'zod.min-items': { en: 'must have at least {{limit}} items', ja: '{{limit}} 個以上の要素が必要です' },
  'zod.max-items': { en: 'must have at most {{limit}} items', ja: '要素は {{limit}} 個以内にしてください' },
  'zod.invalid-value': { en: 'must be one of {{options}}', ja: '{{optionsJa}} のいずれかにしてください' },
  'zod.unknown-field': { en: 'unknown field {{fields}}', ja: '不明なフィールド{{fieldsJa}}があります' },
  'zod.unknown-fields': { en: 'unknown fields {{fields}}', ja: '不明なフィールド{{fieldsJa}}があります' },
  // A custom check's or format's own words (the schema author's), or zod's for an issue code not listed here.
  'zod.message': { en: '{{message}}', ja: '値が正しくありません: {{message}}' },
  // A check with the schema author's own English words: English shows them, Japanese the coded reason.
  'zod.own-words': { en: '{{reasonEn}}', ja: '条件を満たしていません: {{reasonJa}}' },
  'zod.invalid-format': { en: '{{formatEn}}', ja: '形式が正しくありません（{{formatJa}}）' },
  'zod.custom': { en: '{{message}}', ja: '条件を満たしていません: {{message}}' },
  // The design file schema's own checks (shared/model/custom-check.ts), coded so both languages read whole.
  'check.calendar-day': { en: 'is not a real calendar day', ja: '実在しない日付です' },
  'check.suppressed-twice': { en: '"{{ruleId}}" is suppressed twice', ja: 'ルール「{{ruleId}}」が 2 回抑制されています' },
  'check.policy-arn-once': { en: 'each policy ARN once', ja: '同じポリシー ARN は 1 回だけ指定してください' },
  'schema.unknown-field': { en: 'unknown field "{{field}}"', ja: '不明なフィールド「{{field}}」があります' },
  'schema.did-you-mean': {
    en: '{{reason}}; did you mean {{hints}}?',
    ja: '{{reason}}。{{hintsJa}}の間違いではありませんか？',
  },
  'schema.required': { en: 'missing required field "{{field}}"', ja: '必須フィールド「{{field}}」がありません' },
  'schema.type': { en: 'must be {{type}}', ja: '{{typeJa}}でなければなりません' },
  'schema.number-as-string': {
    en: 'must be a string, but YAML reads {{source}} as a number: quote it, e.g. {{quoted}}',
    ja: '文字列でなければなりませんが、YAML は {{source}} を数値として読みます。{{quoted}} のように引用符で囲んでください',
  },
  'schema.enum': { en: 'must be one of {{values}}', ja: '{{valuesJa}} のいずれかでなければなりません' },
  'schema.enum-any-case': {
    en: 'must be one of {{values}} (in any letter case)',
    ja: '{{valuesJa}} のいずれか（大文字・小文字は問いません）でなければなりません',
  },
  'schema.minimum': { en: 'must be {{comparison}} {{limit}}', ja: '{{limit}} {{comparisonJa}}でなければなりません' },
  'schema.pattern': { en: 'must match pattern "{{pattern}}"', ja: 'パターン "{{pattern}}" に一致しなければなりません' },
  'schema.taints': {
    en: 'must be a list of taints or a map of key to "value:Effect"',
    ja: 'テイントのリスト、またはキーから "value:Effect" へのマップでなければなりません',
  },
  'schema.no-branch': { en: 'does not match any allowed form', ja: '許可されたどの形式にも一致しません' },
  // Ajv's own words for a keyword not listed here.
  'schema.message': { en: '{{message}}', ja: 'スキーマの規則に合いません: {{message}}' },
} as const satisfies Record<string, Record<Language, string>>;

/** eksctl YAML import (shared/import). */
export const IMPORT_REASON_TEXTS = {
  'import-reason.too-large': {
    en: 'the file is larger than {{mb}} MB; an eksctl ClusterConfig is never that big',
    ja: 'ファイルが {{mb}} MB を超えています。eksctl の ClusterConfig がこれほど大きくなることはありません',
  },
  'import-reason.binary': {
    en: 'the file contains binary data, not YAML text',
    ja: 'ファイルには YAML テキストではなくバイナリデータが含まれています',
  },
  'import-reason.empty': {
    en: 'the file is empty; expected an eksctl ClusterConfig (apiVersion: {{apiVersion}})',
    ja: 'ファイルが空です。eksctl の ClusterConfig（apiVersion: {{apiVersion}}）が必要です',
  },
  'import-reason.not-text': { en: 'expected the text of a YAML file', ja: 'YAML ファイルのテキストが必要です' },
  'import-reason.unreadable': {
    en: 'the file cannot be read as YAML ({{detail}})',
    ja: 'ファイルを YAML として読めません（{{detail}}）',
  },
  'import-reason.several-documents': {
    en: 'the file holds more than one YAML document (---); eksctl reads one ClusterConfig per file',
    ja: 'ファイルに複数の YAML ドキュメント（---）があります。eksctl は 1 ファイルに 1 つの ClusterConfig を読みます',
  },
  'import-reason.yaml-too-deep': {
    en: 'the YAML is nested too deeply to be a ClusterConfig',
    ja: 'YAML の入れ子が深すぎるため、ClusterConfig ではありません',
  },
  'import-reason.yaml-syntax': { en: 'not valid YAML: {{detail}}', ja: 'YAML として正しくありません: {{detailJa}}' },
  'import-reason.too-many-aliases': {
    en: 'the YAML uses too many aliases (more than {{max}} expansions); refusing a possible alias bomb',
    ja: 'YAML のエイリアスが多すぎます（展開が {{max}} 回を超えます）。エイリアス爆弾の可能性があるため拒否します',
  },
  'import-reason.not-data': {
    en: 'the YAML cannot be converted to data ({{detail}})',
    ja: 'YAML をデータに変換できません（{{detail}}）',
  },
  'import-reason.forbidden-key': {
    en: 'the key "{{key}}" is not allowed (it is no eksctl field and could alter objects)',
    ja: 'キー「{{key}}」は使えません（eksctl のフィールドではなく、オブジェクトを書き換えるおそれがあります）',
  },
  'import-reason.too-deep': {
    en: 'the YAML is nested more than {{max}} levels deep; no ClusterConfig is',
    ja: 'YAML の入れ子が {{max}} 段を超えています。ClusterConfig がそこまで深くなることはありません',
  },
  'import-reason.too-many-values': {
    en: 'the YAML has too many values to be a ClusterConfig',
    ja: 'YAML の値が多すぎるため、ClusterConfig ではありません',
  },
  'import-reason.not-a-mapping': {
    en: 'expected an eksctl ClusterConfig (a mapping with apiVersion: {{apiVersion}}), found {{found}}',
    ja: 'eksctl の ClusterConfig（apiVersion: {{apiVersion}} を持つマッピング）が必要ですが、{{foundJa}}があります',
  },
  'import-reason.other-api-version': {
    en: 'apiVersion {{apiVersion}} is an eksctl schema version this app does not read; write the config for {{expected}}',
    ja: 'apiVersion {{apiVersion}} はこのアプリが読まない eksctl のスキーマバージョンです。{{expected}} 用に書いてください',
  },
  'import-reason.node-group-not-set': {
    en: 'invalid ClusterConfig: {{path}} is not set (an empty entry in the list, which eksctl refuses)',
    ja: '{{path}} が空です。リストに空の項目があると eksctl はこのファイルを拒否します（「invalid ClusterConfig: {{path}} is not set」）',
  },
  'import-reason.not-cluster-config': {
    en: 'not an eksctl ClusterConfig (apiVersion {{apiVersion}}, kind {{kind}}); expected apiVersion: {{expectedApiVersion}} and kind: {{expectedKind}}',
    ja: 'eksctl の ClusterConfig ではありません（apiVersion {{apiVersion}}、kind {{kind}}）。apiVersion: {{expectedApiVersion}} と kind: {{expectedKind}} が必要です',
  },
  'import-reason.not-a-design': {
    en: 'the config cannot be shown as a design: {{reason}}',
    ja: '設定を設計として表示できません: {{reason}}',
  },
} as const satisfies Record<string, Record<Language, string>>;
