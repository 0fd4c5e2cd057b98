/**
 * Writes back the eksctl fields a design does not model (a part's `props.extra`, filled by YAML import)
 * without ever overriding a modelled field: the canvas is the source of truth for what it shows.
 */
import { cloneJson, isPlainObject, listItemIdentity as identity } from '../eksctl/json.js';
import { FORBIDDEN_KEYS } from '../util/safe-value.js';
import type { JsonObject } from './types.js';

/** Re-exported: callers of the exporter copy configs with it. */
export { cloneJson };

function mergeLists(target: unknown[], extra: unknown[]): void {
  const byId = new Map<string, JsonObject>();
  for (const item of target) {
    const id = identity(item);
    if (id !== undefined) byId.set(id, item as JsonObject);
  }
  for (const item of extra) {
    const id = identity(item);
    const existing = id === undefined ? undefined : byId.get(id);
    if (existing) mergeExtra(existing, item as JsonObject);
    else if (id !== undefined) target.push(cloneJson(item));
  }
}

/**
 * Merges `extra` into `target` in place: missing keys are added (deep-copied), nested objects are merged
 * recursively, lists of named items are merged by name, and every value already in `target` wins.
 * Unnamed list items in `extra` are dropped when `target` already has that list (the modelled list wins).
 */
export function mergeExtra(target: JsonObject, extra: JsonObject | undefined): void {
  if (!extra) return;
  for (const key of Object.keys(extra)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const incoming = extra[key];
    if (!Object.hasOwn(target, key)) {
      target[key] = cloneJson(incoming);
      continue;
    }
    const current = target[key];
    if (isPlainObject(current) && isPlainObject(incoming)) mergeExtra(current, incoming);
    else if (Array.isArray(current) && Array.isArray(incoming)) mergeLists(current, incoming);
  }
}
