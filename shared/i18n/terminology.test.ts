/**
 * Every Japanese text the app, the CLI and the templates ship uses the terms of `terminology.ts`: no replaced
 * variant (ポッド, 対処, アベイラビリティゾーン, …) and 〜 rather than ～. The scan reads the sources themselves, so a
 * new rule, label, learn page or template that slips back is caught wherever it is; tests, fixtures and the table
 * itself are left out (they spell the variants on purpose).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/registry.js';
import { TERMS, variantPattern } from './terminology.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TABLE = join(ROOT, 'shared', 'i18n', 'terminology.ts');
const SHIPPED_DIRS = ['renderer', 'shared', 'cli', 'electron', 'templates'];

/** Hiragana, katakana, CJK punctuation (〜 among them), kanji and full-width forms (～ among them). */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const STRING_LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      const skip = e.name === 'node_modules' || e.name === 'dist' || e.name === 'fixtures' || e.name === 'test-support';
      return skip || e.name.startsWith('.') ? [] : shippedSources(path);
    }
    const source = /\.(ts|tsx|json|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name);
    return source && path !== TABLE ? [path] : [];
  });
}

/** The Japanese part of a source line: the line without its string literals that hold no Japanese (English texts). */
export function japanesePart(line: string): string {
  if (!JAPANESE.test(line)) return '';
  return line.replace(STRING_LITERAL, (literal) => (JAPANESE.test(literal) ? literal : "''"));
}

/** `「variant」 → 「term」` for each replaced variant the text uses. */
function drift(text: string): string[] {
  return TERMS.flatMap((term) => [...text.matchAll(variantPattern(term))].map((m) => `「${m[0]}」 → 「${term.ja}」`));
}

describe('the terminology table', () => {
  it('names a source for every term and never lists the chosen term as its own variant', () => {
    for (const term of TERMS) {
      expect(term.source.length, term.ja).toBeGreaterThan(10);
      expect(term.replaces.length, term.ja).toBeGreaterThan(0);
      expect(drift(term.ja), term.ja).toEqual([]);
    }
  });

  it('catches a drifting text and lets the chosen terms through', () => {
    expect(drift('ポッドを 1～3 個、アベイラビリティゾーンごとに')).toEqual([
      '「ポッド」 → 「Pod」',
      '「アベイラビリティゾーン」 → 「アベイラビリティーゾーン」',
      '「～」 → 「〜」',
    ]);
    expect(drift('Pod を 1〜3 個、アベイラビリティーゾーンごとにアクセスエントリで')).toEqual([]);
    expect(drift(japanesePart(`label: { en: 'EKS Pod Identity Agent', ja: 'EKS Pod Identity Agent アドオン' },`))).toEqual([
      '「Pod Identity Agent」 → 「EKS Pod Identity エージェント」',
    ]);
    expect(japanesePart(`label: { en: 'EKS Pod Identity Agent', ja: 'EKS Pod Identity エージェント' },`)).not.toMatch(/Agent/);
  });
});

describe('Japanese texts follow the terminology table', () => {
  it('every rule message and fix in Japanese', () => {
    const bad = RULES.all().flatMap((r) =>
      [r.text.ja.message, r.text.ja.fix].flatMap((t) => drift(t).map((d) => `${r.id}: ${d}: ${t}`)),
    );
    expect(bad).toEqual([]);
  });

  it('every Japanese string in the sources of the app, the CLI, Electron and the templates', () => {
    const files = SHIPPED_DIRS.flatMap((d) => shippedSources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(100);
    const bad = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => drift(japanesePart(line)).map((d) => `${relative(ROOT, f)}:${i + 1}: ${d}`)),
    );
    expect(bad).toEqual([]);
  });

  it('writes ranges in words, not with <= or >=, in every Japanese string literal', () => {
    const files = SHIPPED_DIRS.flatMap((d) => shippedSources(join(ROOT, d)));
    const bad = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          (line.match(STRING_LITERAL) ?? [])
            .filter((literal) => JAPANESE.test(literal) && /[<>]=/.test(literal))
            .map((literal) => `${relative(ROOT, f)}:${i + 1}: ${literal}`),
        ),
    );
    expect(bad).toEqual([]);
  });
});
