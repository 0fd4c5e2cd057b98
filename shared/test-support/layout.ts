/**
 * The layout check shared by the template, import and placement tests: every child inside its parent
 * below the title band, and no two siblings overlapping. Parts without a size are measured as the canvas
 * draws them (DEFAULT_SIZES), so the check sees what the user sees.
 */
import { CONTAINER_HEADER, sizeOf } from '../editor/geometry.js';
import type { Design } from '../model/design.js';
import type { Part } from '../model/parts.js';

const HEADER = CONTAINER_HEADER;

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function rectOf(part: Part): Rect {
  const size = sizeOf(part);
  return { id: part.id, x: part.position.x, y: part.position.y, width: size.width, height: size.height };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every layout problem of a design, in words. */
export function layoutProblems(design: Design): string[] {
  const problems: string[] = [];
  const byId = new Map(design.parts.map((p) => [p.id, p]));
  const siblings = new Map<string, Rect[]>();
  for (const part of design.parts) {
    const rect = rectOf(part);
    const key = part.parentId ?? '(canvas)';
    siblings.set(key, [...(siblings.get(key) ?? []), rect]);
    const parent = part.parentId === undefined ? undefined : byId.get(part.parentId);
    if (!parent) continue;
    const bounds = rectOf(parent);
    if (rect.x < 0 || rect.y < HEADER || rect.x + rect.width > bounds.width || rect.y + rect.height > bounds.height)
      problems.push(`"${part.id}" at ${rect.x},${rect.y} sticks out of "${parent.id}" (${bounds.width}x${bounds.height})`);
  }
  for (const [parent, rects] of siblings)
    rects.forEach((a, i) =>
      rects.slice(i + 1).forEach((b) => {
        if (overlaps(a, b)) problems.push(`"${a.id}" and "${b.id}" overlap inside ${parent}`);
      }),
    );
  return problems;
}
