/**
 * Export of an imported cluster: the imported ClusterConfig (`source`) plus whatever the design changed
 * since the import. At import, the exporter's output for the fresh design is recorded as `baseline`; on
 * export, every place where the exporter's output (`current`) still equals `baseline` keeps the source's
 * value (or its absence), and every place that differs takes `current`. So an untouched import exports
 * exactly as it came in (no defaults added, key order kept), and each edit on the canvas shows up where
 * the exporter writes it. Lists of named items (node groups, add-ons, service accounts) are matched by name.
 */
import { FORBIDDEN_KEYS } from '../util/safe-value.js';
import { isPlainObject, listItemIdentity as identity } from '../eksctl/json.js';
import type { JsonObject } from './types.js';

/** What import records on the cluster part (`props.eksctlOrigin`). */
export interface EksctlOrigin {
  source: JsonObject;
  baseline: JsonObject;
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

/** Items by identity, or undefined when some item has none or two share one (then lists are compared whole). */
function byIdentity(items: readonly unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of items) {
    const id = identity(item);
    if (id === undefined || map.has(id)) return undefined;
    map.set(id, item);
  }
  return map;
}

const ABSENT = undefined;

function mergeLists(source: unknown[], baseline: unknown[], current: unknown[]): unknown[] {
  const s = byIdentity(source);
  const b = byIdentity(baseline);
  const c = byIdentity(current);
  if (!s || !b || !c) return current;
  const out: unknown[] = [];
  for (const [id, item] of s) {
    const merged = merge(item, b.get(id), c.get(id));
    if (merged !== ABSENT) out.push(merged);
  }
  for (const [id, item] of c) {
    if (s.has(id)) continue;
    const merged = merge(ABSENT, b.get(id), item);
    if (merged !== ABSENT) out.push(merged);
  }
  return out;
}

/** Three-way merge of one value; `undefined` stands for "absent". */
function merge(source: unknown, baseline: unknown, current: unknown): unknown {
  if (jsonEqual(baseline, current)) return source;
  if (current === ABSENT) return ABSENT;
  // A section the file did not have, changed on the canvas: only the changes are written (eksctl's
  // defaults cover the rest, as they did for the file), e.g. `vpc: {nat: ...}` rather than a whole `vpc`.
  if (source === ABSENT && baseline !== ABSENT) {
    const blank =
      Array.isArray(baseline) && Array.isArray(current) ? [] : isPlainObject(baseline) && isPlainObject(current) ? {} : ABSENT;
    if (blank !== ABSENT) {
      const changes = merge(blank, baseline, current);
      return jsonEqual(changes, blank) ? ABSENT : changes;
    }
  }
  if (isPlainObject(source) && isPlainObject(baseline) && isPlainObject(current)) {
    const out: JsonObject = {};
    const keys = [...Object.keys(source), ...Object.keys(current).filter((k) => !Object.hasOwn(source, k))];
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const value = merge(
        Object.hasOwn(source, key) ? source[key] : ABSENT,
        Object.hasOwn(baseline, key) ? baseline[key] : ABSENT,
        current[key],
      );
      if (value !== ABSENT) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(source) && Array.isArray(baseline) && Array.isArray(current)) return mergeLists(source, baseline, current);
  return current;
}

/**
 * The config to export for an imported cluster: `origin.source` with the changes from `origin.baseline` to
 * `current` applied. Equals `origin.source` when `current` equals `origin.baseline`.
 */
export function applyEksctlOrigin<T extends JsonObject>(current: T, origin: EksctlOrigin): T {
  const merged = merge(origin.source, origin.baseline, current);
  return (isPlainObject(merged) ? merged : current) as T;
}
