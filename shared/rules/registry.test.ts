import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineRule } from './define.js';
import { RULES, RuleRegistry } from './registry.js';
import { RULE_AREAS, type Rule } from './types.js';

const CATALOG_DIR = join(dirname(fileURLToPath(import.meta.url)), 'catalog');

function rule(id: string): Rule {
  return defineRule({
    id,
    severity: 'info',
    area: 'design',
    source: 'https://example.com/',
    text: { en: { message: 'm', fix: 'f' }, ja: { message: 'm', fix: 'f' } },
    check: () => [],
  });
}

/** `{{name}}` placeholders of a text, as the interpolation in messages.ts reads them. */
function placeholders(...texts: string[]): Set<string> {
  return new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!)));
}

describe('RuleRegistry', () => {
  it('rejects a second rule with the same id', () => {
    expect(() => new RuleRegistry([rule('design.same'), rule('design.same')])).toThrow(/"design.same" is registered twice/);
  });

  it.each(['', 'vpc', 'VPC.subnets', 'vpc.Subnets', 'vpc.a--b', 'vpc.-a', 'vpc.a-', 'vpc..a', ' vpc.a', 'vpc.a b', 'vpc.a_b'])(
    'rejects the malformed id "%s"',
    (id) => {
      expect(() => new RuleRegistry([rule(id)])).toThrow(/is not of the form/);
    },
  );

  it('accepts well-formed ids and finds rules by id', () => {
    const registry = new RuleRegistry([rule('vpc.a'), rule('eksctl.karpenter-version'), rule('as.hpa-min-max')]);
    expect(registry.all().map((r) => r.id)).toEqual(['vpc.a', 'eksctl.karpenter-version', 'as.hpa-min-max']);
    expect(registry.get('as.hpa-min-max')?.id).toBe('as.hpa-min-max');
    expect(registry.get('as.missing')).toBeUndefined();
  });
});

describe('the registered catalog', () => {
  const all = RULES.all();

  it('has rules, each of a known area', () => {
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((r) => !(RULE_AREAS as readonly string[]).includes(r.area)).map((r) => r.id)).toEqual([]);
  });

  it('gives every rule a message and a fix in English and Japanese', () => {
    const missing = all.flatMap((r) =>
      (['en', 'ja'] as const).flatMap((lang) =>
        (['message', 'fix'] as const).filter((k) => !(r.text[lang]?.[k]?.trim() ?? '')).map((k) => `${r.id} ${lang}.${k}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('gives every rule an https source URL', () => {
    expect(all.filter((r) => !/^https:\/\/\S+$/.test(r.source)).map((r) => `${r.id}: ${r.source}`)).toEqual([]);
  });

  it('uses every English {{param}} in the Japanese text too, and no other', () => {
    const problems = all.flatMap((r) => {
      const en = placeholders(r.text.en.message, r.text.en.fix);
      // A `{{xJa}}` param is the Japanese wording of `{{x}}` (e.g. パブリック for public): it stands for it.
      const ja = new Set(
        [...placeholders(r.text.ja.message, r.text.ja.fix)].map((p) =>
          p.endsWith('Ja') && en.has(p.slice(0, -2)) ? p.slice(0, -2) : p,
        ),
      );
      return [
        ...[...en].filter((p) => !ja.has(p)).map((p) => `${r.id}: {{${p}}} missing in ja`),
        ...[...ja].filter((p) => !en.has(p)).map((p) => `${r.id}: {{${p}}} only in ja`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('registers every rule a catalog file defines, and defines every registered rule in a catalog file', () => {
    // A rule file left out of its area's index.ts would otherwise be silently dead.
    const registered = new Set(all.map((r) => r.id));
    const defined: string[] = [];
    const unregistered: string[] = [];
    for (const area of readdirSync(CATALOG_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(CATALOG_DIR, area.name))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'index.ts') continue;
        const text = readFileSync(join(CATALOG_DIR, area.name, file), 'utf8');
        for (const m of text.matchAll(/\bdefine\w*Rule\(\s*\{\s*id:\s*'([^']+)'/g)) {
          defined.push(m[1]!);
          if (!registered.has(m[1]!)) unregistered.push(`${m[1]} (${area.name}/${file}) is not in ${area.name}/index.ts`);
        }
      }
    }
    expect(unregistered).toEqual([]);
    expect([...registered].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.length).toBe(registered.size);
  });

  it('defines every rule in a catalog file that has a sibling test', () => {
    // Map each id to the file that defines it by reading the sources, so file names stay free.
    const definedIn = new Map<string, string>();
    for (const area of readdirSync(CATALOG_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(CATALOG_DIR, area.name))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
        const text = readFileSync(join(CATALOG_DIR, area.name, file), 'utf8');
        for (const m of text.matchAll(/\bid:\s*'([^']+)'/g)) definedIn.set(m[1]!, `${area.name}/${file}`);
      }
    }
    const problems = all.flatMap((r) => {
      const file = definedIn.get(r.id);
      if (!file) return [`${r.id}: not defined in any catalog/<area>/*.ts file`];
      return existsSync(join(CATALOG_DIR, file.replace(/\.ts$/, '.test.ts'))) ? [] : [`${r.id}: no test next to ${file}`];
    });
    expect(problems).toEqual([]);
  });
});
