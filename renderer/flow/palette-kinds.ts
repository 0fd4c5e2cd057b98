/**
 * The kinds the palette lists, in registry order: all of them, or (in "Add part…") those whose name in
 * the current language or whose id contains the query.
 */
export function paletteKinds<K extends string>(kinds: readonly K[], nameOf: (kind: K) => string, query = ''): K[] {
  const q = query.trim().toLowerCase();
  return kinds.filter((k) => !q || nameOf(k).toLowerCase().includes(q) || k.includes(q));
}
