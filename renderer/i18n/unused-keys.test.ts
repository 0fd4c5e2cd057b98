/**
 * Every UI text is used somewhere: a key no renderer code names is a leftover (a field label that moved to
 * its kind module, a message whose dialog is gone) that translators would keep updating for nothing.
 *
 * A static scan of renderer/ (tests and the text tables themselves left out). A key counts as used when
 * its full name appears in the code as a string, or when one of its parents does as the start of a computed key
 * (`kinds.${kind}`, `${AREA}.options.${field}` with `const AREA = '…'` in the same file): the scan cannot
 * tell which children such a lookup reaches, so it accepts them all. Plural forms (`_one`, `_other`) are
 * named without their suffix, as i18next's `t(key, { count })` does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { areasEn } from './areas/index.js';
import { en } from './en.js';

const RENDERER = join(dirname(fileURLToPath(import.meta.url)), '..');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Dotted names of every text (leaf) in a table. */
function leafKeys(table: unknown, prefix = ''): string[] {
  if (typeof table === 'string') return [prefix];
  if (typeof table !== 'object' || table === null) return [];
  return Object.entries(table).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** The code with `${NAME}` replaced by the string a `const NAME = '…'` of the same file gives it. */
function withConstants(code: string): string {
  const constants = new Map<string, string>();
  for (const m of code.matchAll(/const ([A-Za-z_$][\w$]*) = ['"]([^'"]*)['"];/g)) constants.set(m[1]!, m[2]!);
  return code.replace(/\$\{([A-Za-z_$][\w$]*)\}/g, (whole, name: string) => constants.get(name) ?? whole);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Keys of `keys` that `code` never names, whole or through a computed key under one of their parents. */
function unusedKeys(keys: readonly string[], code: string): string[] {
  return keys.filter((key) => {
    const named = key.replace(PLURAL_SUFFIX, '');
    if (new RegExp(`[\`'"]${escaped(named)}[\`'"]`).test(code)) return false;
    const parts = named.split('.');
    for (let i = parts.length - 1; i > 0; i--) {
      if (new RegExp(`[\`'"]${escaped(parts.slice(0, i).join('.'))}\\.\\$\\{`).test(code)) return false;
    }
    return true;
  });
}

function rendererCode(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return rendererCode(path);
    const inTables = relative(RENDERER, path).startsWith('i18n');
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name) || inTables) return [];
    return [withConstants(readFileSync(path, 'utf8'))];
  });
}

describe('UI texts', () => {
  it('are each named by some renderer code', () => {
    const code = rendererCode(RENDERER).join('\n');
    expect(unusedKeys(leafKeys({ ...en, ...areasEn }), code)).toEqual([]);
  });

  it('the scan sees direct, computed and plural uses, and only those', () => {
    const keys = ['a.used', 'a.unused', 'kinds.vpc', 'area.options.x.y', 'n.items_one', 'n.items_other', 'n.gone_one'];
    const code = withConstants(
      "t('a.used'); t(`kinds.${k}`); const AREA = 'area'; t(`${AREA}.options.${f}.${v}`); t('n.items', { count })",
    );
    expect(unusedKeys(keys, code)).toEqual(['a.unused', 'n.gone_one']);
    // A key is a whole string: `x.inspector.${…}` and 'a.used.more' do not name `inspector.*` or `a.use`.
    expect(unusedKeys(['inspector.hint', 'a.use'], "t(`x.inspector.${k}`); t('a.used.more')")).toEqual([
      'inspector.hint',
      'a.use',
    ]);
  });
});
