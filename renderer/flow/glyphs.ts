/** The white glyph of each part kind (each kind's view, renderer/flow/kinds/<kind>.tsx), as shape data. */
import type { PartKind } from '../../shared/model/parts.js';
import type { GlyphShape } from './glyph-shapes.js';
import { KIND_VIEW_TABLES } from './kinds/index.js';

export { GLYPH_CORNER, GLYPH_GRID, GLYPH_STROKE, type GlyphShape } from './glyph-shapes.js';

export const GLYPHS: Readonly<Record<PartKind, readonly GlyphShape[]>> = KIND_VIEW_TABLES.glyphs;
