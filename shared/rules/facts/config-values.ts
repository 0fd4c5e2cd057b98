/**
 * Small readers for config rules: a ClusterConfig holds whatever the design or an import put there, so
 * values are tested for their type before use (a field of the wrong type is the schema check's finding).
 */
import type { PathSegment } from '../../util/locate.js';

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a list field that are objects, with their index; [] when the field is no list. */
export function objects(value: unknown): [Obj, number][] {
  if (!Array.isArray(value)) return [];
  // A plain loop: flatMap made two throwaway arrays per item, and dozens of config rules call this per cluster.
  const out: [Obj, number][] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObj(item)) out.push([item, i]);
  }
  return out;
}

/** A non-empty string, as Go's `!= ""` sees it. */
export function filled(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** A list or map with at least one entry (Go's `len(x) > 0`). */
export function nonEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObj(value)) return Object.keys(value).length > 0;
  return typeof value === 'string' && value !== '';
}

/** eksctl's `WellKnownPolicies.HasPolicy()`: any of the switches set to true. */
export function hasWellKnownPolicy(value: unknown): boolean {
  if (!isObj(value)) return false;
  // A loop over own keys, not Object.values().some(): every add-on and association of every cluster asks, per validation.
  for (const key in value) if (Object.hasOwn(value, key) && value[key] === true) return true;
  return false;
}

/** A finding of a rule that reports eksctl's own error text as `{{problem}}`. */
export function problemAt(path: PathSegment[], problem: string) {
  return { path, params: { problem } };
}
