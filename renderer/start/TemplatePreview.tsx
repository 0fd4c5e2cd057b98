/** A small drawing of a template's parts: containers as outlines, cards as filled boxes. */
import { useMemo } from 'react';
import type { Design } from '../../shared/model/design.js';
import { absoluteRect, isContainer, partMap } from '../../shared/editor/geometry.js';
import { KIND_COLORS } from '../flow/icons.js';

export function TemplatePreview({ design }: { design: Design }) {
  const { rects, box } = useMemo(() => {
    const byId = partMap(design);
    const rects = design.parts.map((p) => ({ part: p, r: absoluteRect(byId, p) }));
    const minX = Math.min(...rects.map((x) => x.r.x), 0);
    const minY = Math.min(...rects.map((x) => x.r.y), 0);
    const maxX = Math.max(...rects.map((x) => x.r.x + x.r.width), 1);
    const maxY = Math.max(...rects.map((x) => x.r.y + x.r.height), 1);
    return { rects, box: `${minX - 20} ${minY - 20} ${maxX - minX + 40} ${maxY - minY + 40}` };
  }, [design]);
  return (
    <svg className="template-preview" viewBox={box} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {rects.map(({ part, r }) => {
        // Containers are drawn as outlines, so the parts inside them show.
        const paint = isContainer(part.kind)
          ? { fill: 'none', stroke: KIND_COLORS[part.kind], strokeWidth: 4 }
          : { fill: KIND_COLORS[part.kind], opacity: 0.85 };
        return <rect key={part.id} x={r.x} y={r.y} width={r.width} height={r.height} rx={8} {...paint} />;
      })}
    </svg>
  );
}
