/**
 * The one typed constructor of a part from its fields: the editor's new parts (defaults.ts) and the eksctl
 * import build parts through it, so neither casts an object literal to a part type itself.
 */
import type { PartKind, PartOf, PropsOf } from './parts.js';

export interface PartFields<K extends PartKind> {
  id: string;
  kind: K;
  name: string;
  parentId?: string | undefined;
  position?: { x: number; y: number };
  note?: string;
  props: PropsOf<K>;
}

/** A part of `kind` with its common fields filled in (position 0,0 and an empty note unless given). */
export function makePart<K extends PartKind>(fields: PartFields<K>): PartOf<K> {
  const part = {
    id: fields.id,
    kind: fields.kind,
    name: fields.name,
    ...(fields.parentId !== undefined ? { parentId: fields.parentId } : {}),
    position: fields.position ?? { x: 0, y: 0 },
    note: fields.note ?? '',
    props: fields.props,
  };
  // TypeScript cannot tie a generic K to one member of the Part union (PartOf<K> is an Extract over it);
  // the fields above are exactly that member's, so this is the one place that says so.
  return part as unknown as PartOf<K>;
}
