/**
 * Type names as schemas write them (zod's and JSON Schema's "string", "integer", ...), in words for each
 * language, so "expected string" reads 「文字列が必要です」 in Japanese. Unknown names are shown as they are.
 */
import { joinList } from '../i18n/join-list.js';
import type { Language } from '../rules/types.js';

const JA: Readonly<Record<string, string>> = {
  string: '文字列',
  number: '数値',
  integer: '整数',
  int: '整数',
  boolean: '真偽値',
  object: 'オブジェクト',
  array: '配列',
  null: 'null',
  undefined: '値なし',
  bigint: '整数',
  date: '日付',
};

/** The name of one type, or of several ("string or integer"), in `lang`. */
export function typeNames(types: readonly string[], lang: Language): string {
  if (lang === 'en') return types.join(' or ');
  const words = types.map((t) => JA[t] ?? t);
  return words.length === 1 ? words[0]! : `${joinList(words, 'ja')}のいずれか`;
}

/** What a JSON value is, in the names above: "array" and "null" apart from "object". */
export function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
