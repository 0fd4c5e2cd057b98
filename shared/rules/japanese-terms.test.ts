/**
 * The Japanese texts use the glossary's words (../shared/reference/glossary-ja.md): 「Pod」, never 「ポッド」,
 * and 修正方法 for the fix, never 対処. Scans every source file the app, the CLI and the templates ship, so a
 * new rule or label that slips back is caught wherever it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const THIS_FILE = fileURLToPath(import.meta.url);
const AVOIDED = /ポッド|対処/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sourceFiles(path);
    return /\.(ts|tsx|json|eksdesign|ya?ml)$/.test(e.name) && path !== THIS_FILE ? [path] : [];
  });
}

describe('Japanese terms follow the glossary', () => {
  it('no rule text says ポッド or 対処', () => {
    const bad = RULES.all().flatMap((r) =>
      [r.text.ja.message, r.text.ja.fix].flatMap((t) => (t.match(AVOIDED) ? [`${r.id}: ${t}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('no source file of the app, the CLI or the templates says ポッド or 対処', () => {
    const bad = ['shared', 'renderer', 'cli', 'templates'].flatMap((d) =>
      sourceFiles(join(ROOT, d)).flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.match(AVOIDED) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
      ),
    );
    expect(bad).toEqual([]);
  });
});
