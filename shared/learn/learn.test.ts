/**
 * The learning content covers every part kind and rule area in both languages, links only to well-formed pages
 * (the ja_jp twin of each English AWS page), cites only notes headings that exist, and keeps a Japanese text
 * Japanese and in the glossary's terms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PART_KINDS } from '../model/parts.js';
import { RULES } from '../rules/registry.js';
import { RULE_AREAS } from '../rules/types.js';
import {
  CONCEPT_FILES,
  CONCEPT_IDS,
  CONCEPT_OF_AREA,
  CONCEPT_OF_KIND,
  CONCEPTS,
  PATTERN_FILES,
  PATTERNS,
  TEMPLATE_IDS,
  loadConcepts,
  loadPatterns,
} from './index.js';
import { NOTES_HEADINGS } from './notes-headings.js';
import { japanesePageOf } from './schema.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NOTES = join(ROOT, '..', '..', 'shared', 'reference', '000_95051c56ec91dc82.txt');
const CATALOG = join(ROOT, 'shared', 'rules', 'catalog');

/** Every text of a concept or pattern in one language, for the language checks. */
function textsOf(lang: 'en' | 'ja'): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const c of CONCEPTS.values()) {
    for (const t of [c.title, c.summary, c.examTip]) out.push({ where: c.id, text: t[lang] });
    for (const p of c.points[lang]) out.push({ where: c.id, text: p });
    for (const d of c.docs) out.push({ where: `${c.id} doc`, text: d.title[lang] });
  }
  for (const p of PATTERNS.values()) {
    out.push({ where: p.id, text: p.title[lang] });
    for (const t of [...p.whenToChoose[lang], ...p.tradeOffs[lang]]) out.push({ where: p.id, text: t });
    for (const q of p.questions)
      for (const t of [q.question, q.explanation, ...q.choices]) out.push({ where: `${p.id}/${q.id}`, text: t[lang] });
  }
  return out;
}

describe('learning content', () => {
  it('has a concept for every part kind and every rule area, and every concept exists', () => {
    for (const kind of PART_KINDS) expect(CONCEPTS.has(CONCEPT_OF_KIND[kind]), kind).toBe(true);
    for (const area of RULE_AREAS) expect(CONCEPTS.has(CONCEPT_OF_AREA[area]), area).toBe(true);
    expect([...CONCEPTS.keys()].sort()).toEqual([...CONCEPT_IDS].sort());
  });

  it('covers every rule area folder in shared/rules/catalog and every registered rule', () => {
    const folders = readdirSync(CATALOG, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.length).toBeGreaterThan(0);
    for (const area of folders) expect(Object.hasOwn(CONCEPT_OF_AREA, area), `catalog/${area}`).toBe(true);
    for (const rule of RULES.all()) expect(CONCEPTS.has(CONCEPT_OF_AREA[rule.area]), rule.id).toBe(true);
  });

  it('has a "why this pattern" page for every template, with three questions whose answer is a choice', () => {
    expect([...PATTERNS.keys()].sort()).toEqual([...TEMPLATE_IDS].sort());
    for (const p of PATTERNS.values()) {
      expect(p.questions, p.id).toHaveLength(3);
      expect(new Set(p.questions.map((q) => q.id)).size, p.id).toBe(3);
      for (const q of p.questions) expect(q.choices[q.answer], `${p.id}/${q.id}`).toBeDefined();
      for (const c of p.concepts) expect(CONCEPTS.has(c), `${p.id} -> ${c}`).toBe(true);
    }
  });

  it('says everything in English and in Japanese', () => {
    for (const { where, text } of textsOf('en')) expect(text, where).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    for (const { where, text } of textsOf('ja')) expect(text, where).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('uses the glossary terms in Japanese (Pod, 〜, ロードバランサー, サービスディスカバリー, アベイラビリティーゾーン)', () => {
    // ポ-ッ-ド is written as escapes so that a scan of the sources does not flag this line.
    const avoided =
      /\u30dd\u30c3\u30c9|～|ロードバランサ(?!ー)|サービスディスカバリ(?!ー)|アベイラビリティゾーン|マネージドノードグループ|アクセスエントリー|デザイン/;
    const bad = textsOf('ja').filter((t) => avoided.test(t.text));
    expect(bad).toEqual([]);
  });

  it('links each English AWS page with its ja_jp twin, and other pages alone', () => {
    for (const c of CONCEPTS.values())
      for (const d of c.docs) {
        const ja = japanesePageOf(d.en);
        expect(d.ja, d.en).toBe(ja ?? undefined);
        if (ja) expect(ja, d.en).toMatch(/^https:\/\/(docs\.aws\.amazon\.com\/ja_jp\/|aws\.amazon\.com\/jp\/)/);
      }
  });

  it('rejects a malformed link, a ja link that is not the twin, and a heading the notes do not have', () => {
    const good = CONCEPT_FILES[0]!;
    const doc = { title: { en: 'x', ja: 'エックス' } };
    expect(() => loadConcepts([{ ...good, docs: [{ ...doc, en: 'http://example.com/x' }] }])).toThrow(/not an English AWS/);
    expect(() =>
      loadConcepts([
        {
          ...good,
          docs: [
            {
              ...doc,
              en: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
              ja: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
            },
          ],
        },
      ]),
    ).toThrow(/ja_jp\/eks\/latest\/userguide\/fargate\.html/);
    expect(() =>
      loadConcepts([{ ...good, docs: [{ ...doc, en: 'https://karpenter.sh/docs/', ja: 'https://karpenter.sh/docs/' }] }]),
    ).toThrow(/no ja_jp page/);
    expect(() => loadConcepts([{ ...good, notes: ['9.9 存在しない節' as never] }])).toThrow(
      /concept control-plane is malformed: notes\.0/,
    );
    expect(() => loadConcepts([{ ...good, points: { en: ['a', 'b'], ja: ['あ'] } }])).toThrow(/same number/);
    expect(() => loadConcepts([good, good])).toThrow(/defined twice/);
    const pattern = PATTERN_FILES[0]!;
    const q = pattern.questions[0]!;
    expect(() => loadPatterns([{ ...pattern, questions: [{ ...q, answer: 7 }, ...pattern.questions.slice(1)] }])).toThrow(
      /answer is not one of the choices/,
    );
  });

  it('cites notes headings from the vendored list, each of which the study notes have (when the notes are present)', () => {
    const cited = new Set([...CONCEPTS.values(), ...PATTERNS.values()].flatMap((x) => x.notes));
    // Every vendored heading is cited somewhere: the list holds only what the content uses.
    expect([...NOTES_HEADINGS].filter((h) => !cited.has(h))).toEqual([]);
    if (!existsSync(NOTES)) return;
    const headings = new Set(
      readFileSync(NOTES, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('## '))
        .map((l) => l.slice(3).trim()),
    );
    expect(NOTES_HEADINGS.filter((h) => !headings.has(h))).toEqual([]);
  });
});
