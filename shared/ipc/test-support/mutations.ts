/**
 * Malformed variants of valid IPC payloads, derived from the examples in ./examples.ts without knowing the
 * schemas: a value of a kind no example has at that field, a required key dropped, an unknown key or a
 * prototype-pollution key added at any level, an over-long string, a non-finite number. Every variant must be
 * refused by the contract; tests feed them through the main process's IPC wrapper.
 */

export type Kind = 'undefined' | 'null' | 'string' | 'number' | 'boolean' | 'bigint' | 'bytes' | 'array' | 'object' | 'other';
type Path = ReadonlyArray<string | number>;

/** Plain objects as JSON or structured clone produce them (prototype Object.prototype or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function kindOf(value: unknown): Kind {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return typeof value as Kind;
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'array';
  return isPlainObject(value) ? 'object' : 'other';
}

/** Whether every value inside `value` is of a kind JSON or bytes have (no Map, Set, Date, boxed value...). */
export function isDataTree(value: unknown, seen = new Set<unknown>()): boolean {
  const kind = kindOf(value);
  if (kind === 'other' || kind === 'bigint') return false;
  if ((kind !== 'array' && kind !== 'object') || seen.has(value)) return true;
  seen.add(value);
  return Object.values(value as object).every((v) => isDataTree(v, seen));
}

/** One value of each kind (and two strings, since '' often hides behind a length check). */
export const ONE_OF_EACH_KIND: readonly unknown[] = [
  undefined,
  null,
  '',
  'text',
  0,
  1.5,
  true,
  10n,
  new Uint8Array([1, 2]),
  [],
  ['text'],
  {},
  new Date(0),
  new Map([['k', 'v']]),
];

/** Keys that turn into prototype writes when an object is later merged or copied carelessly. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Every place in `value` a field can be replaced: the root, each object key, the first item of arrays. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at];
  if (isPlainObject(value)) for (const key of Object.keys(value)) paths.push(...pathsOf(value[key], [...at, key]));
  else if (Array.isArray(value) && value.length > 0) paths.push(...pathsOf(value[0], [...at, 0]));
  return paths;
}

function getAt(value: unknown, path: Path): { found: boolean; value?: unknown } {
  let current = value;
  for (const step of path) {
    if (isPlainObject(current) && typeof step === 'string' && Object.hasOwn(current, step)) current = current[step];
    else if (Array.isArray(current) && typeof step === 'number' && step < current.length) current = current[step];
    else return { found: false };
  }
  return { found: true, value: current };
}

/** Sets an own property even for `__proto__` (a plain assignment would change the prototype instead). */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const REMOVE = Symbol('remove');
/** A copy of `value` with the field at `path` replaced (or removed, or given as a function of the old value). */
export function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as object) };
  const next = setAt((copy as Record<string | number, unknown>)[step!], rest, replacement);
  if (next === REMOVE && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[step as string];
  else define(copy, step!, next);
  return copy;
}

/**
 * The kinds the examples show at `path`. A key some examples lack (while having its parent object) may be
 * left out, so `undefined` is allowed there too.
 */
export function allowedKinds(examples: readonly unknown[], path: Path): Set<Kind> {
  const kinds = new Set<Kind>();
  for (const example of examples) {
    const hit = getAt(example, path);
    if (hit.found) kinds.add(kindOf(hit.value));
    else if (path.length > 0 && typeof path.at(-1) === 'string' && isPlainObject(getAt(example, path.slice(0, -1)).value))
      kinds.add('undefined');
  }
  return kinds;
}

export interface Variant {
  /** What was changed, for test names and failure messages. */
  what: string;
  value: unknown;
}

const show = (path: Path) => (path.length === 0 ? '(payload)' : path.join('.'));

/**
 * Every malformed variant of every example. `hugeString` must exceed the largest string cap of the
 * contract; it is passed in so callers allocate it once.
 */
export function malformedVariants(examples: readonly unknown[], hugeString: string): Variant[] {
  const variants: Variant[] = [];
  for (const example of examples) {
    for (const path of pathsOf(example)) {
      const allowed = allowedKinds(examples, path);
      const here = getAt(example, path).value;
      for (const value of ONE_OF_EACH_KIND) {
        if (!allowed.has(kindOf(value)))
          variants.push({ what: `${show(path)} = ${kindOf(value)}`, value: setAt(example, path, value) });
      }
      if (path.length > 0 && typeof path.at(-1) === 'string' && !allowed.has('undefined'))
        variants.push({ what: `${show(path)} missing`, value: setAt(example, path, REMOVE) });
      if (typeof here === 'string')
        variants.push({ what: `${show(path)} = ${hugeString.length} characters`, value: setAt(example, path, hugeString) });
      if (typeof here === 'number')
        for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
          variants.push({ what: `${show(path)} = ${n}`, value: setAt(example, path, n) });
      if (isPlainObject(here)) {
        for (const key of ['unexpected', ...POLLUTION_KEYS]) {
          const polluted = { ...here };
          define(polluted, key, { polluted: true });
          variants.push({ what: `${show(path)} has an extra key ${key}`, value: setAt(example, path, polluted) });
        }
      }
    }
  }
  return variants;
}
