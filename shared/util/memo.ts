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
