/**
 * Writes back the eksctl fields a design does not model (a part's `props.extra`, filled by YAML import)
 * without ever overriding a modelled field: the canvas is the source of truth for what it shows.
 */
import { FORBIDDEN_KEYS } from '../util/safe-value.js';
import type { JsonObject } from './types.js';

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Identity of a named list item, so an imported `addons: [{name: vpc-cni, version: ...}]` enriches the
 * exporter's own `vpc-cni` entry instead of duplicating it. Covers addons, node groups and Fargate
 * profiles (`name`), IRSA service accounts (`metadata.namespace/name`) and pod identity associations.
 */
function identity(item: unknown): string | undefined {
  if (!isPlainObject(item)) return undefined;
  if (typeof item['name'] === 'string') return `name:${item['name']}`;
  const meta = item['metadata'];
  if (isPlainObject(meta) && typeof meta['name'] === 'string')
    return `sa:${typeof meta['namespace'] === 'string' ? meta['namespace'] : 'default'}/${meta['name']}`;
  if (typeof item['serviceAccountName'] === 'string' && typeof item['namespace'] === 'string')
    return `pia:${item['namespace']}/${item['serviceAccountName']}`;
  return undefined;
}

/** A deep copy of a JSON value, without keys that could reach Object.prototype. */
export function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (!isPlainObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value)) if (!FORBIDDEN_KEYS.has(key)) out[key] = cloneJson(value[key]);
  return out;
}

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
