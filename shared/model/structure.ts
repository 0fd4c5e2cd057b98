/**
 * Which part may sit inside which, and which parts may be connected.
 * The canvas uses these tables to refuse a drop or a connection; the document loader uses them to
 * refuse a file that breaks them; the rules engine reports parts that are missing a parent they need.
 */
import { KIND_TABLES } from './kinds/index.js';
import type { PartKind } from './parts.js';

/** Kinds a part of each kind may be nested in (each kind module's `parents`). An empty list means: top level only. */
export const ALLOWED_PARENTS: Readonly<Record<PartKind, readonly PartKind[]>> = KIND_TABLES.allowedParents;

/** Kinds that must have a parent to make sense (a node group outside a cluster runs nowhere). */
export const PARENT_REQUIRED: ReadonlySet<PartKind> = KIND_TABLES.parentRequired;

/** Kinds that can contain other parts; the canvas draws them as groups. */
export const CONTAINER_KINDS: ReadonlySet<PartKind> = new Set(
  (Object.entries(ALLOWED_PARENTS) as [PartKind, readonly PartKind[]][]).flatMap(([, parents]) => parents),
);

export function canNest(child: PartKind, parent: PartKind | undefined): boolean {
  if (parent === undefined) return !PARENT_REQUIRED.has(child);
  return ALLOWED_PARENTS[child].includes(parent);
}

/** What a connection means, by the kinds at its two ends (each kind module's `connectsTo`). */
export const CONNECTION_TYPES = KIND_TABLES.connectionTypes;

export type ConnectionMeaning = (typeof CONNECTION_TYPES)[number]['meaning'];

export function connectionMeaning(from: PartKind, to: PartKind): ConnectionMeaning | undefined {
  return CONNECTION_TYPES.find((c) => c.from === from && c.to === to)?.meaning;
}
