/**
 * A deterministic grid layout for imported designs: each container lays its children out in rows, and is
 * sized to hold them, so no two siblings overlap and every child sits inside its parent below the title
 * band. Parts without children keep the size the canvas draws them at (DEFAULT_SIZES: a node group is a
 * 280x170 box, a subnet a 200x84 card), so the grid spaces them by what the user sees. It runs in shared/
 * because the command line imports too; the UI's auto-layout (elkjs) can tidy it later.
 */
import { CONTAINER_HEADER, DEFAULT_SIZES } from '../editor/geometry.js';
import type { Part } from '../model/parts.js';

/** Containers draw their title in this band; children start below it. */
const HEADER = CONTAINER_HEADER;
const PAD = 24;
const GAP = 40;
const EMPTY_CONTAINER = { width: 260, height: 140 } as const;

/** Children of a container (or of the canvas, key undefined) as rows of part ids, top to bottom. */
export type RowsOf = (containerId: string | undefined) => string[][];

/**
 * Sets `position` (relative to the parent) on every part reached from the canvas rows, and `size` on every
 * part that has children. `containers` lists the parts drawn as boxes even when empty.
 */
export function layoutParts(parts: Part[], rowsOf: RowsOf, containers: ReadonlySet<string>): void {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const sizeOf = (id: string): { width: number; height: number } => {
    const part = byId.get(id)!;
    const rows = rowsOf(id).filter((r) => r.length > 0);
    if (rows.length === 0) {
      if (!containers.has(id)) return part.size ?? DEFAULT_SIZES[part.kind];
      part.size = { ...EMPTY_CONTAINER };
      return part.size;
    }
    const inner = place(rows, HEADER + PAD / 2, PAD);
    part.size = { width: Math.max(EMPTY_CONTAINER.width, inner.width + PAD), height: inner.height + PAD };
    return part.size;
  };
  // Places rows starting at (left, top); returns the right and bottom edges reached.
  const place = (rows: string[][], top: number, left: number) => {
    let y = top;
    let right = left;
    for (const row of rows) {
      let x = left;
      let rowHeight = 0;
      for (const id of row) {
        const size = sizeOf(id);
        byId.get(id)!.position = { x, y };
        x += size.width + GAP;
        rowHeight = Math.max(rowHeight, size.height);
      }
      right = Math.max(right, x - GAP);
      y += rowHeight + GAP;
    }
    return { width: right, height: y - GAP };
  };
  place(
    rowsOf(undefined).filter((r) => r.length > 0),
    GAP,
    GAP,
  );
}

/** Splits `items` into rows of at most `perRow`. */
export function chunk<T>(items: readonly T[], perRow: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += perRow) rows.push(items.slice(i, i + perRow));
  return rows;
}
