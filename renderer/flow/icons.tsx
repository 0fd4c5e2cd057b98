/** Part icons on the canvas: a rounded square of the kind colour with the kind's white glyph (glyphs.ts). */
import type { PartKind } from '../../shared/model/parts.js';
import { GLYPHS, GLYPH_CORNER, GLYPH_GRID, GLYPH_STROKE, type GlyphShape } from './glyphs.js';
import { KIND_COLORS } from './kind-colors.js';

export { KIND_COLORS };

function GlyphPart({ shape }: { shape: GlyphShape }) {
  switch (shape.type) {
    case 'path':
      return <path d={shape.d} />;
    case 'rect':
      return (
        <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={shape.rx} strokeDasharray={shape.dash} />
      );
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} />;
  }
}

export function PartIcon({ kind, size = 28 }: { kind: PartKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox={`0 0 ${GLYPH_GRID} ${GLYPH_GRID}`} aria-hidden="true" className="part-icon">
      <rect width={GLYPH_GRID} height={GLYPH_GRID} rx={GLYPH_CORNER} fill={KIND_COLORS[kind]} />
      <g stroke={GLYPH_STROKE.color} strokeWidth={GLYPH_STROKE.width} fill="none" strokeLinecap="round" strokeLinejoin="round">
        {GLYPHS[kind].map((shape, i) => (
          <GlyphPart key={i} shape={shape} />
        ))}
      </g>
    </svg>
  );
}
