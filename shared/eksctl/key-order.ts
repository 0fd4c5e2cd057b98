/**
 * Puts the keys of a ClusterConfig in eksctl's own order (each schema definition's `preferredOrder`, the
 * order `eksctl utils schema` and eksctl's docs use), so exported files read like upstream examples and
 * the same config always prints the same way.
 */
import { FORBIDDEN_KEYS } from '../util/safe-value.js';
import { EKSCTL_SCHEMA, resolveSchemaRef as resolve, type SchemaNode } from './schema.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rank of each known field of a definition, built once per definition (sorting by rank beats scanning preferredOrder). */
const ranks = new WeakMap<SchemaNode, Map<string, number>>();

function rankOf(schema: SchemaNode, properties: Record<string, SchemaNode>): Map<string, number> {
  let rank = ranks.get(schema);
  if (!rank) {
    rank = new Map((schema.preferredOrder ?? Object.keys(properties)).map((key, i) => [key, i]));
    ranks.set(schema, rank);
  }
  return rank;
}

function order(value: unknown, node: SchemaNode | undefined): unknown {
  const schema = resolve(node);
  if (Array.isArray(value)) {
    const items = schema?.items;
    return value.map((item) => order(item, items));
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  const properties = schema?.properties;
  if (properties) {
    // Known fields in eksctl's order; anything else (only possible through imported extras) after them,
    // in the order it came (Array.prototype.sort is stable).
    const rank = rankOf(schema, properties);
    const keys = Object.keys(value).filter((key) => !FORBIDDEN_KEYS.has(key));
    keys.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || 0);
    for (const key of keys) out[key] = order(value[key], properties[key]);
    return out;
  }
  // A map (labels, tags, subnets by AZ): the caller's order, which the exporter already makes stable.
  // Keys that could reach Object.prototype are dropped: they can only come from a hostile imported file.
  const entry = typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const key of Object.keys(value)) if (!FORBIDDEN_KEYS.has(key)) out[key] = order(value[key], entry);
  return out;
}

/**
 * A copy of `config` with every object's keys in eksctl's preferred order. Values are not changed.
 * The one exception: `apiVersion` comes before `kind`, as in every Kubernetes manifest and every upstream
 * example, although the schema's preferredOrder lists `kind` first.
 */
export function orderClusterConfigKeys<T>(config: T): T {
  const ordered = order(config, EKSCTL_SCHEMA);
  if (!isPlainObject(ordered) || !Object.hasOwn(ordered, 'apiVersion')) return ordered as T;
  const { apiVersion, ...rest } = ordered;
  return { apiVersion, ...rest } as T;
}
