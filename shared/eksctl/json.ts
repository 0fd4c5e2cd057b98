/**
 * Plain-JSON helpers for eksctl ClusterConfig values, shared by the exporter (merging an imported file's
 * unmodelled fields back, diffing against the import's baseline) and the importer (copying the file).
 */
import { FORBIDDEN_KEYS } from '../util/safe-value.js';
import type { JsonObject } from './config-types.js';

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Identity of a named list item, so two versions of `addons: [{name: vpc-cni, ...}]` are matched by name
 * instead of position. Covers addons, node groups and Fargate profiles (`name`), IRSA service accounts
 * (`metadata.namespace/name`) and pod identity associations (`namespace/serviceAccountName`).
 */
export function listItemIdentity(item: unknown): string | undefined {
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
