/**
 * How a part kind looks on the canvas, in the image export and in the overview: its category colour, its
 * white glyph, the outline of its group and the one-line facts its card shows. One module per kind
 * (renderer/flow/kinds/<kind>.tsx); the tables the views read (KIND_COLORS, GLYPHS, ...) are derived from
 * the list in ./index.ts, which the compiler checks has a view for every kind of the shared registry.
 */
import type { PartKind, PropsOf } from '../../../shared/model/parts.js';
import type { GlyphShape } from '../glyph-shapes.js';
import type { FactText } from './fact-texts.js';

export interface KindView<K extends string = string, P = never> {
  readonly kind: K;
  /** Category colour, close to the AWS icon palette families; readable on the light and the dark canvas. */
  readonly color: string;
  /** White glyph on a GLYPH_GRID square, drawn for this project in the spirit of AWS architecture icons. */
  readonly glyph: readonly GlyphShape[];
  /** Outline of the kind when drawn as a group: dashed for capacity inside a cluster (node groups, Fargate). */
  readonly outline?: 'solid' | 'dashed';
  /**
   * The key facts drawn on the card, one line each (instance types and sizes, CIDR, AZ, scheme...), in the
   * language whose words `text` gives.
   */
  readonly facts: (props: P, text: FactText) => string[];
}

/** Declares the view of a registered part kind, with its props typed. */
export function defineKindView<K extends PartKind>(view: KindView<K, PropsOf<K>>): KindView<K, PropsOf<K>> {
  return view;
}
