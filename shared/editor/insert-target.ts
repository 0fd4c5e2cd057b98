/**
 * Where a part added without a pointer (palette item with Enter, command palette "Add part…") goes: into
 * the selected container when it may hold the kind, else the innermost container around the selection
 * that may, else the top level when the kind may stand alone.
 */
import type { Design } from '../model/design.js';
import type { PartKind } from '../model/parts.js';
import { ALLOWED_PARENTS, canNest } from '../model/structure.js';
import { isContainer, partMap } from './geometry.js';

export type InsertTarget = { parentId: string | undefined } | { needs: readonly PartKind[] };

export function insertTarget(design: Pick<Design, 'parts'>, selection: readonly string[], kind: PartKind): InsertTarget {
  const byId = partMap(design);
  // The first selected part that is a part (a selected connection has no container).
  const start = selection.map((id) => byId.get(id)).find((p) => p !== undefined);
  for (let p = start, guard = 0; p !== undefined && guard < 64; p = byId.get(p.parentId ?? ''), guard++) {
    if (isContainer(p.kind) && canNest(kind, p.kind)) return { parentId: p.id };
  }
  return canNest(kind, undefined) ? { parentId: undefined } : { needs: ALLOWED_PARENTS[kind] };
}
