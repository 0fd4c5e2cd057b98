/**
 * New parts with sensible defaults, as the palette creates them. Ids are unique within the design.
 */
import type { Design } from './design.js';
import { makePart } from './make-part.js';
import { KIND_TABLES } from './kinds/index.js';
import { PROPS_SCHEMAS, type PartKind, type PartOf, type PropsOf } from './parts.js';
import type { z } from 'zod';

/** Default properties of each kind before schema defaults fill the rest (each kind module's `defaultProps`). */
export const DEFAULT_PROPS: { readonly [K in PartKind]: z.input<(typeof PROPS_SCHEMAS)[K]> } = KIND_TABLES.defaultProps;

/**
 * What a part added on the canvas gets on top of DEFAULT_PROPS, so that a new part raises no finding the
 * user did not ask for (each kind module's `newPartProps`, which says why). DEFAULT_PROPS stays the bare
 * minimum (rule tests build on it); this is the opinionated part.
 */
export const NEW_PART_PROPS: { readonly [K in PartKind]?: NewPartProps<K> } = KIND_TABLES.newPartProps;

/** Properties a new part of `kind` may be given; the rest come from DEFAULT_PROPS and the schema's defaults. */
export type NewPartProps<K extends PartKind> = Partial<z.input<(typeof PROPS_SCHEMAS)[K]>>;

/** Display names of new parts, which are also their AWS/Kubernetes names (so they must be valid). */
export const DEFAULT_NAMES: Readonly<Record<PartKind, string>> = KIND_TABLES.defaultNames;

export function defaultProps<K extends PartKind>(kind: K, overrides: NewPartProps<K> = {}): PropsOf<K> {
  return PROPS_SCHEMAS[kind].parse({ ...DEFAULT_PROPS[kind], ...overrides }) as PropsOf<K>;
}

/** A fresh id of the form `<kind>-<n>` not yet used in `design`. */
export function nextPartId(design: Pick<Design, 'parts' | 'connections'>, kind: string): string {
  const used = new Set([...design.parts.map((p) => p.id), ...design.connections.map((c) => c.id)]);
  for (let n = 1; ; n++) {
    const id = `${kind}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** A unique display name: `base`, then `base-2`, `base-3`, ... among parts of the same kind. */
export function uniqueName(design: Pick<Design, 'parts'>, kind: PartKind, base: string = DEFAULT_NAMES[kind]): string {
  const used = new Set(design.parts.filter((p) => p.kind === kind).map((p) => p.name));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Longest name of each kind that AWS or Kubernetes accepts (ALB/NLB names are 32, EKS cluster names 100,
 * node group, Fargate profile and workload names 63). Kinds without such a name use 63 too.
 */
const NAME_MAX: Partial<Record<PartKind, number>> = KIND_TABLES.nameMaxLength;
const DEFAULT_NAME_MAX = 63;

/**
 * The name of a copy of `name`: `frontend-copy`, then `frontend-copy-2`, ... unique among parts of the
 * kind. A copy of a copy counts on (`frontend-copy` -> `frontend-copy-2`) instead of stacking suffixes,
 * and the stem is shortened so the result stays within the kind's name length.
 */
export function copyName(design: Pick<Design, 'parts'>, kind: PartKind, name: string): string {
  const used = new Set(design.parts.filter((p) => p.kind === kind).map((p) => p.name));
  const stem = name.replace(/-copy(-\d+)?$/, '') || DEFAULT_NAMES[kind];
  const max = NAME_MAX[kind] ?? DEFAULT_NAME_MAX;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    // Names end in a letter or digit, so a cut that leaves a trailing separator drops it.
    const candidate = `${stem.slice(0, Math.max(1, max - suffix.length)).replace(/[-_.]+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function createPart<K extends PartKind>(
  design: Pick<Design, 'parts' | 'connections'>,
  kind: K,
  init: {
    parentId?: string;
    position?: { x: number; y: number };
    name?: string;
    props?: NewPartProps<K>;
  } = {},
): PartOf<K> {
  return makePart({
    id: nextPartId(design, kind),
    kind,
    name: init.name ?? uniqueName(design, kind),
    parentId: init.parentId,
    position: init.position ?? { x: 0, y: 0 },
    props: defaultProps(kind, { ...NEW_PART_PROPS[kind], ...init.props }),
  });
}
