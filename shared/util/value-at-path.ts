/**
 * The value at `path` inside a parsed value (a JSON/YAML document, a zod input), or undefined where the path
 * leaves it: a step into something that is not an object or array, or a key the object does not have itself
 * (an inherited `constructor` or `toString` is not a value of the document).
 */
export function valueAtPath(root: unknown, path: readonly PropertyKey[]): unknown {
  let cursor = root;
  // Indexed: config rules call this per cluster on every validation, and for...of allocates below TurboFan.
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (cursor === null || typeof cursor !== 'object' || !Object.hasOwn(cursor, seg)) return undefined;
    cursor = (cursor as Record<PropertyKey, unknown>)[seg];
  }
  return cursor;
}
