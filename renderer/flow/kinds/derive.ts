/** The renderer's per-kind tables, derived from a list of kind views (the registry's, or a test's). */
import type { GlyphShape } from '../glyph-shapes.js';
import type { KindView } from './define.js';
import { FACT_TEXTS, type FactLanguage } from './fact-texts.js';

// Each view's `facts` takes its own kind's props; the list holds them all, so the props type is open here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKindView = KindView<string, any>;

export interface KindViewTables<K extends string> {
  colors: Record<K, string>;
  glyphs: Record<K, readonly GlyphShape[]>;
  /** Kinds whose group outline is dashed. */
  dashed: ReadonlySet<K>;
  /** The card facts of a part of the kind, in `lang`. */
  facts: (part: { kind: K; props: unknown }, lang: FactLanguage) => string[];
}

/** @throws Error when two views are for the same kind (a registry mistake the first test finds). */
export function deriveKindViews<const V extends readonly AnyKindView[]>(views: V): KindViewTables<V[number]['kind']> {
  type K = V[number]['kind'];
  const byKind = new Map<string, AnyKindView>();
  for (const v of views) {
    if (byKind.has(v.kind)) throw new Error(`part kind "${v.kind}" has two views`);
    byKind.set(v.kind, v);
  }
  const table = <T>(pick: (v: AnyKindView) => T) => Object.fromEntries(views.map((v) => [v.kind, pick(v)])) as Record<K, T>;
  return {
    colors: table((v) => v.color),
    glyphs: table((v) => v.glyph),
    dashed: new Set(views.filter((v) => v.outline === 'dashed').map((v) => v.kind as K)),
    facts: (part, lang) => byKind.get(part.kind)?.facts(part.props, FACT_TEXTS[lang]) ?? [],
  };
}
