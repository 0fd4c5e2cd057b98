/**
 * The YAML parser's error codes in Japanese words: the parser explains a syntax error only in English, so
 * the Japanese message says what kind of problem it is by code (the line is given beside it).
 */
import type { ErrorCode } from 'yaml';

const YAML_PROBLEMS_JA: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: 'エイリアスにはタグやアンカーを付けられません',
  BAD_ALIAS: 'エイリアスが正しくありません（未定義のアンカーを参照しています）',
  BAD_DIRECTIVE: 'ディレクティブ（% で始まる行）が正しくありません',
  BAD_DQ_ESCAPE: 'ダブルクォート文字列のエスケープが正しくありません',
  BAD_INDENT: 'インデントが正しくありません',
  BAD_PROP_ORDER: 'アンカーとタグの順序が正しくありません',
  BAD_SCALAR_START: 'この文字から値を始めることはできません（引用符で囲んでください）',
  BLOCK_AS_IMPLICIT_KEY: 'ブロックをキーとして使うことはできません',
  BLOCK_IN_FLOW: '[ ] や { } の中にブロックは書けません',
  DUPLICATE_KEY: '同じキーが 2 回あります',
  IMPOSSIBLE: 'YAML パーサーの内部エラーです',
  KEY_OVER_1024_CHARS: 'キーが 1024 文字を超えています',
  MISSING_CHAR: '閉じる文字（引用符や括弧）がありません',
  MULTILINE_IMPLICIT_KEY: 'キーを複数行にわたって書くことはできません（「:」の位置やインデントを確認してください）',
  MULTIPLE_ANCHORS: '1 つの値にアンカーが複数あります',
  MULTIPLE_DOCS: 'ファイルに複数の YAML ドキュメントがあります',
  MULTIPLE_TAGS: '1 つの値にタグが複数あります',
  NON_STRING_KEY: 'キーが文字列ではありません',
  RESOURCE_EXHAUSTION: 'YAML が大きすぎるか複雑すぎます',
  TAB_AS_INDENT: 'インデントにタブは使えません（スペースを使ってください）',
  TAG_RESOLVE_FAILED: 'タグの付いた値を読めません',
  UNEXPECTED_TOKEN: '予期しない文字があります',
  BAD_COLLECTION_TYPE: 'このタグはこの種類のコレクションには使えません',
};

/** The Japanese words for a YAML parser error code, or undefined for a code this table does not know. */
export function yamlProblemJa(code: string): string | undefined {
  return Object.hasOwn(YAML_PROBLEMS_JA, code) ? YAML_PROBLEMS_JA[code as ErrorCode] : undefined;
}
