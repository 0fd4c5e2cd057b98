/** Small readers for untrusted config values: each returns the value only when it has the expected type. */
import { cloneJson } from '../eksctl/json.js';

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export const obj = (value: unknown): Obj => (isObj(value) ? value : {});
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const strings = (value: unknown): string[] => list(value).filter((v): v is string => typeof v === 'string');
export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
/** A map of string values (labels, tags); other entries are left to `extra`. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(value))) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * A deep copy of `source` without the `modelled` keys (the canvas holds those), or undefined when nothing
 * is left: what goes into a part's `props.extra`.
 */
export function extraOf(source: Obj, modelled: readonly string[]): Obj | undefined {
  const out: Obj = {};
  for (const key of Object.keys(source)) if (!modelled.includes(key)) out[key] = cloneJson(source[key]);
  return Object.keys(out).length > 0 ? out : undefined;
}
