import { describe, expect, it } from 'vitest';
import { createPart } from '../../../shared/model/defaults.js';
import { KIND_TABLES } from '../../../shared/model/kinds/index.js';
import { keyFacts } from '../facts.js';
import { deriveKindViews } from './derive.js';
import { KIND_VIEWS } from './index.js';

describe('the renderer registry of part kinds', () => {
  it('has one view per registered kind, in the same order', () => {
    expect(KIND_VIEWS.map((v) => v.kind)).toEqual([...KIND_TABLES.kinds]);
  });

  it('gives every kind a colour, a glyph and facts for a new part', () => {
    for (const view of KIND_VIEWS) {
      expect(view.color, view.kind).toMatch(/^#[0-9a-f]{6}$/);
      expect(view.glyph.length, view.kind).toBeGreaterThan(0);
      for (const lang of ['en', 'ja'] as const) {
        const facts = keyFacts(createPart({ parts: [], connections: [] }, view.kind), lang);
        expect(facts.length, view.kind).toBeGreaterThan(0);
        expect(
          facts.every((f) => f.trim() !== '' && !f.includes('undefined')),
          `${lang} ${view.kind}: ${facts.join(' | ')}`,
        ).toBe(true);
      }
    }
  });

  it('draws capacity inside a cluster dashed, and nothing else', () => {
    const dashed = KIND_VIEWS.filter((v) => v.outline === 'dashed').map((v) => v.kind);
    expect(dashed).toEqual(['managed-node-group', 'self-managed-node-group', 'fargate-profile']);
  });

  it('refuses two views for one kind', () => {
    expect(() => deriveKindViews([KIND_VIEWS[0], KIND_VIEWS[0]])).toThrow('part kind "vpc" has two views');
  });
});
