/**
 * Every template has a "why this pattern" page, and each exam question is drawn from the design itself: the
 * parts it names exist in the template, and so do the properties it asks about.
 */
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../shared/learn/index.js';
import { loadTemplate, TEMPLATES } from './index.js';

function propAt(props: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), props);
}

describe('learning pages of the templates', () => {
  it('exist for every template and no other', () => {
    expect([...PATTERNS.keys()].sort()).toEqual(TEMPLATES.map((t) => t.id).sort());
  });

  it('ask only about parts and properties the template has', () => {
    for (const t of TEMPLATES) {
      const design = loadTemplate(t.id).design;
      for (const q of PATTERNS.get(t.id)!.questions)
        for (const ref of q.about) {
          const part = design.parts.find((p) => p.id === ref.partId);
          expect(part, `${t.id}/${q.id}: part ${ref.partId}`).toBeDefined();
          if (ref.prop) expect(propAt(part!.props, ref.prop), `${t.id}/${q.id}: ${ref.partId}.${ref.prop}`).toBeDefined();
        }
    }
  });

  it('name in the question the parts it is about (by their name in the design), so the learner can find them', () => {
    for (const t of TEMPLATES) {
      const design = loadTemplate(t.id).design;
      for (const q of PATTERNS.get(t.id)!.questions) {
        const names = q.about.map((r) => design.parts.find((p) => p.id === r.partId)!.name);
        const text = `${q.question.en} ${q.explanation.en} ${q.choices.map((c) => c.en).join(' ')}`;
        const kinds = q.about.map((r) => design.parts.find((p) => p.id === r.partId)!.kind);
        // A question about the cluster may say "the cluster" rather than its name.
        expect(
          names.some((n) => text.includes(n)) || kinds.includes('cluster'),
          `${t.id}/${q.id} names none of ${names.join(', ')}`,
        ).toBe(true);
      }
    }
  });
});
