/**
 * Every per-kind table of the app, derived from a list of kind modules. The app derives them once from
 * the registry (./index.ts); a test derives them from the registry plus a fixture kind to show that a new
 * kind reaches every table without further edits.
 */
import type { z } from 'zod';
import type { ConnectionRule, KindLabels, PartKindModule } from './define.js';

/** Any kind module, whatever its literal types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKindModule = PartKindModule<string, z.ZodType, readonly ConnectionRule[], any>;

type Modules = readonly AnyKindModule[];
export type KindOf<M extends Modules> = M[number]['kind'];
type ModuleOf<M extends Modules, K> = Extract<M[number], { kind: K }>;
export type MeaningOf<M extends Modules> = M[number]['connectsTo'][number]['meaning'];

export type PropsSchemasOf<M extends Modules> = { [K in KindOf<M>]: ModuleOf<M, K>['propsSchema'] };

export interface ConnectionType<K extends string, Meaning extends string> {
  readonly from: K;
  readonly to: K;
  readonly meaning: Meaning;
  readonly drawnAs: ConnectionRule['drawnAs'];
}

export interface KindTables<M extends Modules> {
  /** The kinds in registry order (the palette's order). */
  kinds: { readonly [I in keyof M]: M[I]['kind'] };
  propsSchemas: PropsSchemasOf<M>;
  defaultProps: { [K in KindOf<M>]: z.input<ModuleOf<M, K>['propsSchema']> };
  newPartProps: { [K in KindOf<M>]?: Partial<z.input<ModuleOf<M, K>['propsSchema']>> };
  defaultNames: Record<KindOf<M>, string>;
  nameMaxLength: Partial<Record<KindOf<M>, number>>;
  allowedParents: Record<KindOf<M>, readonly KindOf<M>[]>;
  parentRequired: ReadonlySet<KindOf<M>>;
  /** Where tests put a part of each kind: its typical parent, else its first allowed one (undefined = top level). */
  typicalParent: Record<KindOf<M>, KindOf<M> | undefined>;
  defaultSizes: Record<KindOf<M>, { width: number; height: number }>;
  connectionTypes: readonly ConnectionType<KindOf<M>, MeaningOf<M>>[];
  kindNames: { en: Record<KindOf<M>, string>; ja: Record<KindOf<M>, string> };
  /** Inspector field labels by kind and schema key. */
  fieldLabels: {
    en: Record<KindOf<M>, Readonly<Record<string, string>>>;
    ja: Record<KindOf<M>, Readonly<Record<string, string>>>;
  };
  io: Record<KindOf<M>, AnyKindModule['io']>;
}

/**
 * Derives every table from `modules`.
 * @throws Error naming the kind when two modules share an id or one names a parent or connection end that
 * is not in the list: a registry mistake, found by the first test that loads the model.
 */
export function deriveKindTables<const M extends Modules>(modules: M): KindTables<M> {
  type K = KindOf<M>;
  const ids = new Set<string>();
  for (const m of modules) {
    if (ids.has(m.kind)) throw new Error(`part kind "${m.kind}" is registered twice`);
    ids.add(m.kind);
  }
  for (const m of modules) {
    for (const ref of [
      ...m.parents.allowed,
      ...(m.parents.typical ? [m.parents.typical] : []),
      ...m.connectsTo.map((c) => c.to),
    ]) {
      if (!ids.has(ref)) throw new Error(`part kind "${m.kind}" names "${ref}", which is not a registered kind`);
    }
  }
  const byKind = <V>(value: (m: M[number]) => V): Record<K, V> =>
    Object.fromEntries(modules.map((m) => [m.kind, value(m)])) as Record<K, V>;
  const labels = (lang: 'en' | 'ja', pick: (l: KindLabels) => unknown) => byKind((m) => pick(m.labels[lang]));
  return {
    kinds: modules.map((m) => m.kind) as unknown as KindTables<M>['kinds'],
    propsSchemas: byKind((m) => m.propsSchema) as PropsSchemasOf<M>,
    defaultProps: byKind((m) => m.defaultProps) as KindTables<M>['defaultProps'],
    newPartProps: Object.fromEntries(
      modules.flatMap((m) => (m.newPartProps ? [[m.kind, m.newPartProps]] : [])),
    ) as KindTables<M>['newPartProps'],
    defaultNames: byKind((m) => m.defaultName),
    nameMaxLength: Object.fromEntries(
      modules.flatMap((m) => (m.nameMaxLength ? [[m.kind, m.nameMaxLength]] : [])),
    ) as KindTables<M>['nameMaxLength'],
    allowedParents: byKind((m) => m.parents.allowed as readonly K[]),
    parentRequired: new Set(modules.filter((m) => m.parents.required).map((m) => m.kind as K)),
    typicalParent: byKind((m) => (m.parents.typical ?? m.parents.allowed[0]) as K | undefined),
    defaultSizes: byKind((m) => ({ ...m.defaultSize })),
    connectionTypes: modules.flatMap((m) =>
      m.connectsTo.map((c) => ({ from: m.kind as K, to: c.to as K, meaning: c.meaning as MeaningOf<M>, drawnAs: c.drawnAs })),
    ),
    kindNames: { en: labels('en', (l) => l.name) as Record<K, string>, ja: labels('ja', (l) => l.name) as Record<K, string> },
    fieldLabels: {
      en: labels('en', (l) => l.fields) as Record<K, Readonly<Record<string, string>>>,
      ja: labels('ja', (l) => l.fields) as Record<K, Readonly<Record<string, string>>>,
    },
    io: byKind((m) => m.io),
  };
}
