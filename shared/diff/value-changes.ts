/**
 * The properties that differ between two plain JSON values, each with its path (`props.scaling.desired`,
 * `props.taints[0].effect`) and both values. Objects are compared key by key, arrays of objects element by
 * element; an array of plain values (instance types, zones) is one value, since "[m5.large, m6i.large] ->
 * [m5.large, m7i.large]" reads better than a change at index 1.
 */
import { formatPath, type PathSegment } from '../util/locate.js';

export interface PropertyChange {
  /** Where, e.g. `props.scaling.desired`. */
  path: string;
  /** The value on each side; absent on the side that does not have the property. */
  before?: unknown;
  after?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPlainList(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!same(a[k], b[k])) return false;
    return true;
  }
  return false;
}

export function valueChanges(before: unknown, after: unknown, path: PathSegment[] = []): PropertyChange[] {
  if (same(before, after)) return [];
  const here = (): PropertyChange[] => [
    { path: formatPath(path), ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) },
  ];
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !Object.hasOwn(before, k))];
    return keys.flatMap((k) => valueChanges(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after) && !(isPlainList(before) && isPlainList(after))) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => valueChanges(before[i], after[i], [...path, i])).flat();
  }
  return here();
}
