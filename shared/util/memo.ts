/**
 * Memoises a pure function of one string. Rules run after every edit over the same values (image
 * references, CIDRs), so parsing each distinct string once saves work and garbage on big designs. The
 * cache forgets everything once it holds `limit` entries, so a long session stays bounded.
 */
export function memoByString<T>(fn: (value: string) => T, limit = 10_000): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const out = fn(value);
    cache.set(value, out);
    return out;
  };
}

/**
 * Memoises a pure function of one object for the last object it was given only (as memoize-one does). The
 * view pass hands every config rule the same cluster view in turn, so one entry catches nearly every repeat;
 * a WeakMap entry per short-lived view would cost the garbage collector more than the work it saves. It keeps
 * the last key and answer alive until the next call: one view, which is what a validation held anyway.
 */
export function memoizeLast<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  let lastKey: K | undefined;
  let lastValue: T | undefined;
  return (key) => {
    if (key !== lastKey) {
      lastValue = fn(key);
      lastKey = key;
    }
    return lastValue as T;
  };
}
