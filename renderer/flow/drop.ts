/** Dropping a palette item on the canvas: the innermost container under the pointer that may hold it. */
import { insertPart } from '../../shared/editor/commands.js';
import { absolutePosition, containerAt, DEFAULT_SIZES, isContainer, partMap, type Point } from '../../shared/editor/geometry.js';
import { PART_KINDS, type PartKind } from '../../shared/model/parts.js';
import { ALLOWED_PARENTS, canNest } from '../../shared/model/structure.js';
import type { AppStore } from '../store/app-store.js';

export const DRAG_MIME = 'application/x-eks-sandbox-part';

export function isPartKind(value: string): value is PartKind {
  return (PART_KINDS as readonly string[]).includes(value);
}

/** Adds the part; returns the kinds it could have gone into when it needs a container and none is there. */
export function dropPart(store: AppStore, kind: PartKind, at: Point): { id: string } | { needs: readonly PartKind[] } {
  const design = store.editor.design;
  const parent = containerAt(design, kind, at);
  if (!parent && !canNest(kind, undefined)) return { needs: ALLOWED_PARENTS[kind] };
  const size = DEFAULT_SIZES[kind];
  // Containers open at the pointer; cards are centred on it.
  const topLeft = isContainer(kind) ? at : { x: at.x - size.width / 2, y: at.y - size.height / 2 };
  const base = parent ? absolutePosition(partMap(design), parent) : { x: 0, y: 0 };
  const position = { x: Math.round(topLeft.x - base.x), y: Math.round(topLeft.y - base.y) };
  let id = '';
  store.editor.begin();
  store.editor.apply((d) => {
    // The pointer is a wish: the part goes to the nearest free space inside the parent, which grows if needed.
    const added = insertPart(d, kind, { preferred: position, ...(parent ? { parentId: parent.id } : {}) });
    id = added.id;
    return added.design;
  });
  store.editor.commit();
  store.editor.select([id]);
  return { id };
}
