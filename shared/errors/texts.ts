/**
 * The words of every error the core throws at a user, in English and Japanese, by text id: the errors carry
 * the id and its parameters (shared/errors/localized.ts), and `err.message` is the English text, so tests,
 * logs and the command line's --lang en read the same words. Parameters are names, ids, kinds, numbers and
 * paths, which stay as they are in both languages (kinds are the design file's kind ids).
 */
import type { Language } from '../rules/types.js';
import {
  DESIGN_FILE_REASON_TEXTS,
  IMPORT_REASON_TEXTS,
  JSON_SYNTAX_TEXTS,
  LOCATION_TEXTS,
  SCHEMA_ISSUE_TEXTS,
} from './texts-files.js';

export const ERROR_TEXTS = {
  // Edits (shared/editor/commands.ts). Kinds are written as the design file names them: "vpc", "alb".
  'edit.not-found': { en: 'there is no part "{{id}}" in the design', ja: '設計にパーツ「{{id}}」がありません' },
  'edit.nest-inside': {
    en: '{{article}} {{kind}} cannot be placed inside {{parentArticle}} {{parentKind}}',
    ja: '{{kind}} は {{parentKind}} の中に置けません',
  },
  'edit.needs-container': {
    en: '{{article}} {{kind}} must be placed inside a container',
    ja: '{{kind}} は、それを含むパーツの中に置く必要があります',
  },
  'edit.move-inside': {
    en: '"{{name}}" ({{kind}}) cannot go inside {{parentArticle}} {{parentKind}}',
    ja: '「{{name}}」({{kind}}) は {{parentKind}} の中に入れられません',
  },
  'edit.move-needs-container': {
    en: '"{{name}}" ({{kind}}) needs a container',
    ja: '「{{name}}」({{kind}}) は、それを含むパーツの中に置く必要があります',
  },
  'edit.inside-itself': { en: '"{{name}}" cannot go inside itself', ja: '「{{name}}」を自分自身の中には入れられません' },
  'edit.size-positive': { en: 'part "{{id}}": a size must be positive', ja: 'パーツ「{{id}}」: サイズは正の値にしてください' },
  'edit.name-too-long': {
    en: 'part "{{id}}": a name is at most {{max}} characters',
    ja: 'パーツ「{{id}}」: 名前は {{max}} 文字以内にしてください',
  },
  'edit.invalid-props': { en: 'part "{{id}}", {{path}}: {{detail}}', ja: 'パーツ「{{id}}」の {{path}} が無効です: {{detail}}' },
  'edit.connect-itself': { en: 'a part cannot be connected to itself', ja: 'パーツを自分自身に接続することはできません' },
  'edit.connect-kinds': {
    en: '{{article}} {{from}} cannot be connected to {{toArticle}} {{to}}',
    ja: '{{from}} を {{to}} に接続することはできません',
  },
  'edit.already-connected': {
    en: '"{{from}}" is already connected to "{{to}}"',
    ja: '「{{from}}」はすでに「{{to}}」に接続されています',
  },
  // Suppressions (shared/editor/suppressions.ts): on a part, or on the design as a whole.
  'edit.suppression-invalid': {
    en: 'part "{{id}}", {{path}}: {{detail}}',
    ja: 'パーツ「{{id}}」の {{path}} が無効です: {{detail}}',
  },
  'edit.design-suppression-invalid': {
    en: 'the design, {{path}}: {{detail}}',
    ja: '設計全体の {{path}} が無効です: {{detail}}',
  },
  'edit.suppression-duplicate': {
    en: 'part "{{id}}" already suppresses {{ruleId}}',
    ja: 'パーツ「{{id}}」ではすでに {{ruleId}} を抑制しています',
  },
  'edit.design-suppression-duplicate': {
    en: 'the design already suppresses {{ruleId}}',
    ja: '設計全体ではすでに {{ruleId}} を抑制しています',
  },
  'edit.suppression-missing': {
    en: 'part "{{id}}" does not suppress {{ruleId}}',
    ja: 'パーツ「{{id}}」は {{ruleId}} を抑制していません',
  },
  'edit.design-suppression-missing': {
    en: 'the design does not suppress {{ruleId}}',
    ja: '設計全体は {{ruleId}} を抑制していません',
  },
  // Export (shared/export/cluster-config.ts).
  'export.unknown-cluster': {
    en: 'The design has no cluster with id "{{id}}". Clusters in the design: {{known}}.',
    ja: '設計に ID「{{id}}」のクラスターがありません。設計内のクラスター: {{knownJa}}。',
  },
  'export.no-cluster': {
    en: 'The design has no EKS cluster, so there is nothing to export. Add a cluster to the canvas first.',
    ja: '設計に EKS クラスターがないため、エクスポートするものがありません。先にキャンバスにクラスターを追加してください。',
  },
  'export.several-clusters': {
    en: 'The design has {{count}} clusters ({{list}}); choose which one to export (clusterId).',
    ja: '設計には {{count}} 個のクラスター（{{listJa}}）があります。エクスポートするクラスターを選んでください（clusterId）。',
  },
  'export.refused': {
    en: 'Export refused: the design has {{count}} {{noun}} that eksctl or EKS would reject.\n{{lines}}\nFix them, or export anyway with force.',
    ja: 'エクスポートを中止しました: eksctl または EKS が拒否するエラーが {{count}} 件あります。\n{{linesJa}}\n修正するか、強制してエクスポートしてください。',
  },
  // Design files (shared/model/document.ts): where, the reason (texts-files.ts) and how many more problems.
  'design-file.too-large': { en: '{{where}}{{reason}}{{more}}', ja: 'ファイルが大きすぎます: {{where}}{{reason}}{{more}}' },
  'design-file.not-json': { en: '{{where}}{{reason}}{{more}}', ja: 'JSON として読めません: {{where}}{{reason}}{{more}}' },
  'design-file.not-a-design': {
    en: '{{where}}{{reason}}{{more}}',
    ja: 'EKS Sandbox の設計ファイルではありません: {{where}}{{reason}}{{more}}',
  },
  'design-file.newer-version': {
    en: '{{where}}{{reason}}{{more}}',
    ja: 'より新しいバージョンの EKS Sandbox で保存されたファイルです: {{where}}{{reason}}{{more}}',
  },
  'design-file.invalid': {
    en: '{{where}}{{reason}}{{more}}',
    ja: '設計ファイルに無効な値があります: {{where}}{{reason}}{{more}}',
  },
  'design-file.inconsistent': {
    en: '{{where}}{{reason}}{{more}}',
    ja: '設計ファイルの内容に矛盾があります: {{where}}{{reason}}{{more}}',
  },
  // eksctl import (shared/import): the line and config path eksctl's schema points at, and the reason.
  'import.rejected': {
    en: '{{where}}{{reason}}{{more}}',
    ja: 'eksctl の ClusterConfig として読み込めません: {{where}}{{reason}}{{more}}',
  },
  ...LOCATION_TEXTS,
  ...JSON_SYNTAX_TEXTS,
  ...DESIGN_FILE_REASON_TEXTS,
  ...SCHEMA_ISSUE_TEXTS,
  ...IMPORT_REASON_TEXTS,
} as const satisfies Record<string, Record<Language, string>>;

export type ErrorTextId = keyof typeof ERROR_TEXTS;
