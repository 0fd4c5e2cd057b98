/**
 * What one part kind is, in one object: the kind's props schema, its defaults, where it may sit, its size,
 * the connections that start at it, its names in English and Japanese, and whether and how it is exported,
 * imported and priced. One module per kind (shared/model/kinds/<kind>.ts) builds one of these with
 * `defineKind`; every table that lists kinds is derived from the registry list (./index.ts, ./derive.ts).
 *
 * Kinds are plain strings here, not `PartKind`: `PartKind` is derived from the registry, which imports the
 * kind modules. The registry test checks that every parent and connection end names a registered kind.
 */
import type { z } from 'zod';
import type { ConnectionKind } from '../connection-kinds.js';

/** A connection that may start at this kind: to which kind, what it means, and how it is drawn. */
export interface ConnectionRule {
  readonly to: string;
  readonly meaning: string;
  /** Its line style and legend entry (shared/model/connection-kinds.ts). */
  readonly drawnAs: ConnectionKind;
}

/** What people call the kind and its fields, in one language. */
export interface KindLabels<F extends string = string> {
  /** The kind's name ("Managed node group"). */
  readonly name: string;
  /** Inspector label of each field of the props, with its unit, by schema key (nested keys too). */
  readonly fields: Readonly<Record<F, string>>;
}

/**
 * Where the kind goes when a design leaves the app: `how` says what it becomes and `by` names the module
 * that does it (the registry test imports it); or `none` with the reason it has no place there.
 */
export type IoDecision = { readonly how: string; readonly by: string } | { readonly none: string };

export interface KindIo {
  /** In the eksctl ClusterConfig (shared/export). */
  readonly export: IoDecision;
  /** From an eksctl ClusterConfig (shared/import). */
  readonly import: IoDecision;
  /** In the monthly cost estimate (shared/cost). */
  readonly cost: IoDecision;
}

export interface PartKindModule<
  K extends string = string,
  S extends z.ZodType = z.ZodType,
  C extends readonly ConnectionRule[] = readonly ConnectionRule[],
  F extends string = string,
> {
  /** The id stored in design files (`part.kind`); never change it for an existing kind. */
  readonly kind: K;
  /** zod schema of `part.props`; its key order is the order props are written in a design file. */
  readonly propsSchema: S;
  /** The bare minimum props before schema defaults fill the rest (rule tests build on these). */
  readonly defaultProps: z.input<S>;
  /** What a part added on the canvas gets on top of defaultProps, so it raises no finding the user did not ask for. */
  readonly newPartProps?: Partial<z.input<S>>;
  /** Name of a new part, which is also its AWS/Kubernetes name where it has one (so it must be valid). */
  readonly defaultName: string;
  /** Longest name AWS or Kubernetes accepts for it; 63 when not given. */
  readonly nameMaxLength?: number;
  readonly parents: {
    /** Kinds it may be nested in; empty = top level only. */
    readonly allowed: readonly string[];
    /** Whether it makes no sense without a parent (a node group outside a cluster runs nowhere). */
    readonly required: boolean;
    /** Where a user typically puts it, when `allowed` offers several (tests add it there). */
    readonly typical?: string;
  };
  /** Drawn size when the part has no `size` of its own. */
  readonly defaultSize: { readonly width: number; readonly height: number };
  /** Connections that start at this kind (the arrow points the way data flows). */
  readonly connectsTo: C;
  readonly labels: { readonly en: KindLabels<F>; readonly ja: KindLabels<F> };
  readonly io: KindIo;
}

/** Declares a part kind, keeping its literal id and connection meanings in the type. */
export function defineKind<
  const K extends string,
  S extends z.ZodType,
  const C extends readonly ConnectionRule[],
  F extends string,
>(module: PartKindModule<K, S, C, F>): PartKindModule<K, S, C, F> {
  return module;
}
